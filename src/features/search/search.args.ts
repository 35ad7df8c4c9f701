import { ArgsType, Field, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, Max, MaxLength, Min } from 'class-validator';
import { EntityTypeName } from './search.types';

@ArgsType()
export class SearchArgs {
  @Field({ description: 'Plain words; any text is safe (operators and punctuation only separate words).' })
  @MaxLength(10_000)
  query!: string;

  @Field(() => [EntityTypeName], {
    nullable: true,
    description: 'Only these entity types (default: all); an empty list is refused.',
  })
  @ArrayMinSize(1, { message: 'types must list at least one type, or be left out for all' })
  @ArrayMaxSize(10)
  types?: EntityTypeName[] | null;

  @Field(() => Int, { defaultValue: 20, description: 'Number of results, 0 to 100.' })
  @Min(0)
  @Max(100)
  first!: number;
}
