import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { Node } from '../../graphql/node.interface';
import { RelationshipInfo } from '../../graphql/connection.types';
import { IsNotBefore } from '../../graphql/validators';
import { MAX_YEAR, MIN_YEAR } from '../../domain/limits';
import { Event } from '../../entities/event/event.type';
import { CompetenceStandard } from '../../entities/competence-standard/competence-standard.type';
import { PolicyDocument } from '../../entities/policy-document/policy-document.type';

/** Arguments of `Country.timeline`: a range of years, both included. */
@ArgsType()
export class TimelineArgs {
  @Field(() => Int, { description: 'First year (included).' })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  from!: number;

  @Field(() => Int, { description: 'Last year (included); not before `from`.' })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  @IsNotBefore('from')
  to!: number;
}

@ObjectType({
  description:
    'A membership that started or ended: who (the country or an organisation seated in it then), in what, and the ' +
    'relationship with its years.',
})
export class TimelineMembership {
  @Field(() => Node, { description: 'The member: the country itself, or an organisation seated in it in that year.' })
  member!: unknown;

  @Field(() => Node, { description: 'The organisation, network or working group joined or left.' })
  group!: unknown;

  @Field(() => RelationshipInfo, { description: 'The MEMBER_OF relationship (role, since, until, sources).' })
  relationship!: unknown;
}

@ObjectType({
  description: 'What happened in a country in one year. Only years in which something happened are listed.',
})
export class CountryYear {
  @Field(() => Int) year!: number;

  @Field(() => [Event], {
    description: 'Events held in the country (directly or in a place within it) that started this year, by start date.',
  })
  events!: unknown[];

  @Field(() => [CompetenceStandard], {
    description: 'Competence standards for trainers that apply in the country, from this year.',
  })
  competenceStandards!: unknown[];

  @Field(() => [PolicyDocument], {
    description: 'Policy documents adopted this year by an organisation seated in the country then.',
  })
  policyDocuments!: unknown[];

  @Field(() => [TimelineMembership], {
    description: 'Memberships of the country or its organisations whose `since` falls in this year.',
  })
  membershipsStarted!: TimelineMembership[];

  @Field(() => [TimelineMembership], {
    description: 'Memberships of the country or its organisations whose `until` falls in this year.',
  })
  membershipsEnded!: TimelineMembership[];
}
