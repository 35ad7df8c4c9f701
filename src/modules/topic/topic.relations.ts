import { RelationSpec } from '../../graph/relation-loader';
import { incoming } from '../../graph/relation-specs';
import { EVENT } from '../event/event.definition';
import { POLICY_DOCUMENT } from '../policy-document/policy-document.definition';
import { PUBLICATION } from '../publication/publication.definition';
import { WORKING_GROUP } from '../working-group/working-group.definition';

/** The relationship fields of Topic, keyed by field name (see RelationSpec). */
export const TOPIC_RELATIONS = {
  events: incoming('Topic.events', 'ABOUT', EVENT),
  publications: incoming('Topic.publications', 'ABOUT', PUBLICATION),
  analysedInPublications: incoming('Topic.analysedInPublications', 'ANALYSES', PUBLICATION),
  policyDocuments: incoming('Topic.policyDocuments', 'ABOUT', POLICY_DOCUMENT),
  workingGroups: incoming('Topic.workingGroups', 'ABOUT', WORKING_GROUP),
} satisfies Record<string, RelationSpec>;
