import { ClassType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, MaxLength, ValidateNested } from 'class-validator';
import { MAX_NAME_LENGTH } from '../domain/limits';

/** Filters every entity type has; each type's `where` input extends this one and adds AND/OR/NOT of its own. */
@InputType({ description: 'Filters shared by every entity type (base of each *Where input).' })
export abstract class EntityWhere {
  @Field(() => [ID], { nullable: true, description: 'Only these ids.' })
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Name, acronym, alternative or original name, or a label in another language, contains this text, ignoring case and accents ("liege" finds "Liège", "brugge" finds Bruges).',
  })
  @MaxLength(MAX_NAME_LENGTH)
  nameContains?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Has a relationship, in either direction, with the entity of this id.',
  })
  relatedTo?: string | null;
}

/**
 * The base of one entity type's `where` input: `Base` (EntityWhere, or a type's missing-value filters over it) and
 * the logical fields AND and OR (lists of the input) and NOT (one input), ahead of the type's own fields. `self` gives
 * the input being declared (a thunk typed `(): ClassType =>`, as the input is declared after its base). Returns an
 * abstract input class to extend.
 */
// A mixin's base must be typed as a constructor taking `any[]` (TypeScript's rule for mixin classes, TS2545).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function LogicalWhere<B extends abstract new (...args: any[]) => EntityWhere>(Base: B, self: () => ClassType) {
  @InputType()
  abstract class Logical extends Base {
    @Field(() => [self()], { nullable: true }) @ValidateNested({ each: true }) AND?: this[] | null;
    @Field(() => [self()], { nullable: true }) @ValidateNested({ each: true }) OR?: this[] | null;
    @Field(() => self(), { nullable: true }) @ValidateNested() NOT?: this | null;
  }
  return Logical;
}
