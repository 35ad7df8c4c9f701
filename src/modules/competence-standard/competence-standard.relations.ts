import { RelationSpec } from '../../graph/relation-loader';
import { incoming, outgoing } from '../../graph/relation-specs';
import { COUNTRY } from '../country/country.definition';
import { EVENT } from '../event/event.definition';
import { ORGANISATION } from '../organisation/organisation.definition';
import { PUBLICATION } from '../publication/publication.definition';

/** The relationship fields of CompetenceStandard, keyed by field name (see RelationSpec). */
export const COMPETENCE_STANDARD_RELATIONS = {
  appliesIn: outgoing('CompetenceStandard.appliesIn', 'APPLIES_IN', COUNTRY),
  developedBy: outgoing('CompetenceStandard.developedBy', 'DEVELOPED_BY', ORGANISATION),
  presentedAt: outgoing('CompetenceStandard.presentedAt', 'PRESENTED_AT', EVENT),
  analysedIn: incoming('CompetenceStandard.analysedIn', 'ANALYSES', PUBLICATION),
} satisfies Record<string, RelationSpec>;
