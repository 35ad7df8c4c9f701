import { Field, ObjectType } from 'type-graphql';

@ObjectType('Label', { description: 'A name of an entity in one language, with where it was read.' })
export class LabelObject {
  @Field({
    description: 'BCP 47 language tag, lower case ("fr", "pt-br"); "und" when the source does not say the language.',
  })
  lang!: string;

  @Field({ description: 'The name in that language.' })
  value!: string;

  @Field(() => String, { nullable: true, description: 'Where it was read (a URL), if known.' })
  source!: string | null;
}
