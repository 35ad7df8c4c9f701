import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, MaxLength } from 'class-validator';
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
      'Name, acronym, alternative or original name, or a label in another language, contains this text, ignoring ' +
      'case and accents ("liege" finds "Liège", "brugge" finds Bruges).',
  })
  @MaxLength(MAX_NAME_LENGTH)
  nameContains?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Has a relationship, in either direction, with the entity of this id.',
  })
  relatedTo?: string | null;
}
