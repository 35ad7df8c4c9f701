import { Field, Int, ObjectType } from 'type-graphql';
import { EnumValue, graphqlEnum } from '../../graphql/graphql-enum';
import { Node } from '../../graphql/node.interface';
import { CompetenceStandardLevel } from '../../graphql/enums';
import { Organisation } from '../../entities/organisation/organisation.type';

/** What a dashboard counts. */
export const StatsMeasure = graphqlEnum(
  'StatsMeasure',
  ['EVENTS', 'PUBLICATIONS', 'COMPETENCE_STANDARDS', 'POLICY_DOCUMENTS'],
  'What is counted. Countries: events where held; publications the countries they analyse; standards where they ' +
    'apply; policy documents have none.',
);
export type StatsMeasure = EnumValue<typeof StatsMeasure>;

/** Dimensions of a cross-tab. */
export const StatsDimension = graphqlEnum(
  'StatsDimension',
  ['COUNTRY', 'YEAR', 'KIND'],
  'A dimension to group counts by (KIND is the level for standards).',
);
export type StatsDimension = EnumValue<typeof StatsDimension>;

/** Which involvement of an organisation in events counts. */
export const OrganisationActivity = graphqlEnum(
  'OrganisationActivity',
  ['HOSTED', 'PARTICIPATED', 'ORGANISED', 'ANY'],
  'An involvement of an organisation in events.',
);
export type OrganisationActivity = EnumValue<typeof OrganisationActivity>;

export const CoOccurrenceSubject = graphqlEnum(
  'CoOccurrenceSubject',
  ['ORGANISATIONS', 'COUNTRIES'],
  'What appears together in events.',
);
export type CoOccurrenceSubject = EnumValue<typeof CoOccurrenceSubject>;

@ObjectType({ description: 'Aggregates computed in the database, shaped for charts.' })
export class Stats {}

@ObjectType({
  description: 'One cell of a cross-tab; dimensions not grouped by are null (and so is a country an item lacks).',
})
export class CountBucket {
  @Field(() => String, { nullable: true, description: 'ISO alpha-2 code.' }) countryCode!: string | null;
  @Field(() => String, { nullable: true }) countryName!: string | null;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => String, { nullable: true, description: 'Event/publication/policy document kind, or standard level.' })
  kind!: string | null;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'A count for one year.' })
export class YearCount {
  @Field(() => Int) year!: number;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'An organisation with its number of distinct events.' })
export class OrganisationCount {
  @Field(() => Organisation) organisation!: Organisation;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Competence standards of one level in one country.' })
export class CountryLevelCount {
  @Field() countryCode!: string;
  @Field() countryName!: string;
  @Field(() => CompetenceStandardLevel, { nullable: true }) level!: CompetenceStandardLevel | null;
  @Field(() => Int) count!: number;
  @Field(() => Int, {
    nullable: true,
    description:
      'Year of the earliest of them: since when the country has standards at this level (null when none has a year).',
  })
  firstYear!: number | null;
  @Field(() => Int, { nullable: true, description: 'Year of the latest of them.' })
  lastYear!: number | null;
}

@ObjectType({ description: 'Two entities that appear in the same events, and in how many.' })
export class CoOccurrence {
  @Field(() => Node) a!: Node;
  @Field(() => Node) b!: Node;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Events per country.' })
export class CountryCount {
  @Field({ description: 'ISO 3166-1 alpha-2 code.' }) countryCode!: string;
  @Field({ description: 'Country name in English.' }) countryName!: string;
  @Field(() => Int) count!: number;
}
