import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { GraphQLResolveInfo } from 'graphql';
import { GraphContext } from '../../server/context';
import { EntityObject } from '../../graph/entity-record';
import { selectionOf, selectsField } from '../../graphql/selection';
import { AsOfArgs } from '../../graphql/as-of.args';
import { Person, PersonConnection } from './person.type';
import { PersonConnectionArgs } from './person.inputs';
import { PERSON } from './person.definition';
import { PERSON_RELATIONS } from './person.relations';
import { EventConnection } from '../event/event.type';
import { EventConnectionArgs } from '../event/event.inputs';
import { OrganisationConnection } from '../organisation/organisation.type';
import { OrganisationConnectionArgs } from '../organisation/organisation.inputs';
import { PublicationConnection } from '../publication/publication.type';
import { PublicationConnectionArgs } from '../publication/publication.inputs';

/** Queries for people and the relationship fields of Person; thin: arguments are validated by type-graphql. */
@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'The Person with this id, or null.' })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext) {
    return ctx.entities.byId(id, 'Person');
  }

  @Query(() => PersonConnection, { nullable: true, description: 'People, filtered, ordered and paged (Relay connection).' })
  people(@Args(() => PersonConnectionArgs) args: PersonConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.entities.list(PERSON, args, selectsField(info, 'totalCount'), selectionOf(info));
  }

  @FieldResolver(() => OrganisationConnection, { description: 'Organisations the person works for.' })
  worksFor(@Root() person: EntityObject, @Args(() => OrganisationConnectionArgs) args: OrganisationConnectionArgs, @Args(() => AsOfArgs) time: AsOfArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(person.id, PERSON_RELATIONS.worksFor, { ...args, asOf: time.asOf }, selectionOf(info));
  }

  @FieldResolver(() => EventConnection, { description: 'Events the person is the contact for.' })
  contactForEvents(@Root() person: EntityObject, @Args(() => EventConnectionArgs) args: EventConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(person.id, PERSON_RELATIONS.contactForEvents, args, selectionOf(info));
  }

  @FieldResolver(() => PublicationConnection, { description: 'Publications the person is the contact for.' })
  contactForPublications(@Root() person: EntityObject, @Args(() => PublicationConnectionArgs) args: PublicationConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(person.id, PERSON_RELATIONS.contactForPublications, args, selectionOf(info));
  }
}
