import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { GraphQLResolveInfo } from 'graphql';
import { GraphContext } from '../../server/context';
import { EntityObject } from '../../graph/entity-record';
import { selectionOf, selectsField } from '../../graphql/selection';
import { CompetenceStandard, CompetenceStandardConnection } from './competence-standard.type';
import { CompetenceStandardConnectionArgs } from './competence-standard.inputs';
import { COMPETENCE_STANDARD } from './competence-standard.definition';
import { COMPETENCE_STANDARD_RELATIONS } from './competence-standard.relations';
import { CountryConnection } from '../country/country.type';
import { CountryConnectionArgs } from '../country/country.inputs';
import { EventConnection } from '../event/event.type';
import { EventConnectionArgs } from '../event/event.inputs';
import { OrganisationConnection } from '../organisation/organisation.type';
import { OrganisationConnectionArgs } from '../organisation/organisation.inputs';
import { PublicationConnection } from '../publication/publication.type';
import { PublicationConnectionArgs } from '../publication/publication.inputs';

/** Queries for competenceStandards and the relationship fields of CompetenceStandard; thin: arguments are validated by type-graphql. */
@Resolver(() => CompetenceStandard)
export class CompetenceStandardResolver {
  @Query(() => CompetenceStandard, { nullable: true, description: 'The CompetenceStandard with this id, or null.' })
  competenceStandard(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphContext) {
    return ctx.entities.byId(id, 'CompetenceStandard');
  }

  @Query(() => CompetenceStandardConnection, { nullable: true, description: 'CompetenceStandards, filtered, ordered and paged (Relay connection).' })
  competenceStandards(@Args(() => CompetenceStandardConnectionArgs) args: CompetenceStandardConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.entities.list(COMPETENCE_STANDARD, args, selectsField(info, 'totalCount'), selectionOf(info));
  }

  @FieldResolver(() => CountryConnection, { description: 'Countries where it applies.' })
  appliesIn(@Root() competenceStandard: EntityObject, @Args(() => CountryConnectionArgs) args: CountryConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(competenceStandard.id, COMPETENCE_STANDARD_RELATIONS.appliesIn, args, selectionOf(info));
  }

  @FieldResolver(() => OrganisationConnection, { description: 'Organisations that developed it.' })
  developedBy(@Root() competenceStandard: EntityObject, @Args(() => OrganisationConnectionArgs) args: OrganisationConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(competenceStandard.id, COMPETENCE_STANDARD_RELATIONS.developedBy, args, selectionOf(info));
  }

  @FieldResolver(() => EventConnection, { description: 'Events where it was presented.' })
  presentedAt(@Root() competenceStandard: EntityObject, @Args(() => EventConnectionArgs) args: EventConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(competenceStandard.id, COMPETENCE_STANDARD_RELATIONS.presentedAt, args, selectionOf(info));
  }

  @FieldResolver(() => PublicationConnection, { description: 'Publications that analyse it.' })
  analysedIn(@Root() competenceStandard: EntityObject, @Args(() => PublicationConnectionArgs) args: PublicationConnectionArgs, @Ctx() ctx: GraphContext, @Info() info: GraphQLResolveInfo) {
    return ctx.relations.connection(competenceStandard.id, COMPETENCE_STANDARD_RELATIONS.analysedIn, args, selectionOf(info));
  }
}
