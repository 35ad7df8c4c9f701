import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A number of events in one country.' })
export class CountryCount {
  @Field({ description: 'ISO 3166-1 alpha-2 code.' }) countryCode!: string;
  @Field({ description: 'Country name in English.' }) countryName!: string;
  @Field(() => Int) count!: number;
}
