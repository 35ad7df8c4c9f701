import { CountryResolver } from './country/country.resolver';
import { CountryTimelineResolver } from './country/country.timeline.resolver';
import { PlaceResolver } from './place/place.resolver';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { WorkingGroupResolver } from './working-group/working-group.resolver';
import { EventResolver } from './event/event.resolver';
import { PublicationResolver } from './publication/publication.resolver';
import { PolicyDocumentResolver } from './policy-document/policy-document.resolver';
import { CompetenceStandardResolver } from './competence-standard/competence-standard.resolver';
import { PersonResolver } from './person/person.resolver';
import { TopicResolver } from './topic/topic.resolver';

/** The resolver classes of the entity modules. */
export const ENTITY_RESOLVERS = [
  CountryResolver,
  CountryTimelineResolver,
  PlaceResolver,
  OrganisationResolver,
  WorkingGroupResolver,
  EventResolver,
  PublicationResolver,
  PolicyDocumentResolver,
  CompetenceStandardResolver,
  PersonResolver,
  TopicResolver,
] as const;
