import { Field, ID, InputType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArrayMaxSize, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { RELATIONSHIP_TYPES, RelationshipType } from '../../domain/relationship-types';
import { MAX_TEXT_LENGTH } from '../../domain/limits';
import { RelationshipTypeEnum } from '../../graphql/relationship-type';
import { IsNotBeforePartialDate } from '../../graphql/validators';
import { IsSource } from '../import/import.records';
import { IsAttributes, IsPartialDate, MAX_ID_LENGTH, MAX_LIST_ITEMS, MAX_URL_LENGTH } from '../write/write.validators';

/** Input of `link`: the relationship and its properties (role, since, until, note, sources, attributes). */
@InputType({ description: 'A relationship between two entities: which one, and what is known about it.' })
export class LinkInput {
  @Field(() => RelationshipTypeEnum, {
    description: 'Relationship type; its allowed endpoint types are those of data/FORMAT.md.',
  })
  @IsIn(RELATIONSHIP_TYPES)
  type!: RelationshipType;

  @Field(() => ID, { description: 'Id of the entity it starts at, e.g. an event for HOSTED_BY.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_ID_LENGTH)
  from!: string;

  @Field(() => ID, { description: 'Id of the entity it ends at, e.g. an organisation for HOSTED_BY.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_ID_LENGTH)
  to!: string;

  @Field(() => String, { nullable: true, description: 'Role of the start in the relationship, e.g. "coordinator".' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT_LENGTH)
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'Since when it holds: a year, YYYY-MM or YYYY-MM-DD.' })
  @IsOptional()
  @IsPartialDate()
  since?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Until when it held: a year, YYYY-MM or YYYY-MM-DD; not before since.',
  })
  @IsOptional()
  @IsPartialDate()
  @IsNotBeforePartialDate('since')
  until?: string | null;

  @Field(() => String, { nullable: true, description: 'A short note in our own words.' })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TEXT_LENGTH)
  note?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Where the relationship was read (http(s) URLs or seed:<file>); replaces the list when given.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST_ITEMS)
  @MaxLength(MAX_URL_LENGTH, { each: true })
  @IsSource({ each: true })
  sources?: string[] | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Other properties (e.g. {"presidency": "Latvian Presidency"}); a key set to null is removed.',
  })
  @IsOptional()
  @IsAttributes(['role', 'since', 'until', 'note'])
  attributes?: Record<string, unknown> | null;
}

/** Input of `unlink`. */
@InputType({ description: 'The relationship to remove.' })
export class UnlinkInput {
  @Field(() => RelationshipTypeEnum) @IsIn(RELATIONSHIP_TYPES) type!: RelationshipType;
  @Field(() => ID) @IsString() @IsNotEmpty() @MaxLength(MAX_ID_LENGTH) from!: string;
  @Field(() => ID) @IsString() @IsNotEmpty() @MaxLength(MAX_ID_LENGTH) to!: string;
}
