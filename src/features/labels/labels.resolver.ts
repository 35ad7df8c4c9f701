import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Node } from '../../graphql/node.interface';
import { EntityObject } from '../../graph/entity-record';
import { labelFor, labelsOf, LANGUAGE_TAG } from '../../domain/labels';
import { BadUserInputError } from '../../errors/api-errors';
import { GraphContext } from '../../context/graph-context';
import { LabelObject } from './label.type';

/** The language every entity has a name in: the bundled data writes names in English. */
export const DEFAULT_LANGUAGE = 'en';

/**
 * `labels` and `name(lang:)` on every entity type, declared once on the Node interface (type-graphql gives interface
 * field resolvers to every object type that implements it).
 */
@Resolver(() => Node)
export class NodeLabelsResolver {
  @FieldResolver(() => [LabelObject], {
    description: 'Names in other languages, with their sources (empty when none are known).',
  })
  labels(@Root() node: EntityObject): LabelObject[] {
    return labelsOf(node);
  }

  @FieldResolver(() => String, {
    description:
      'Display name (the title for publications and policy documents). With `lang` or an Accept-Language header: the label in ' +
      'the `lang` language; failing that, in the first language of Accept-Language that has one, then English, then the stored ' +
      'name (in its original language when no English one is known). With neither: the stored name.',
  })
  name(
    @Root() node: EntityObject,
    @Ctx() ctx: GraphContext,
    @Arg('lang', () => String, { nullable: true, description: 'BCP 47 language tag, e.g. "fr" or "pt-BR".' })
    lang?: string | null,
  ): string {
    const labels = labelsOf(node);
    if (lang !== undefined && lang !== null && (!LANGUAGE_TAG.test(lang) || lang.length > 35)) {
      throw BadUserInputError.of('lang', 'must be a BCP 47 language tag such as "fr" or "pt-BR"');
    }
    const asked = [...(lang ? [lang] : []), ...(ctx.languages ?? [])];
    // Asked for nothing (no lang, no Accept-Language): the stored name, as before labels existed.
    if (labels.length === 0 || asked.length === 0) return node.name;
    const chain = [...asked, DEFAULT_LANGUAGE];
    return labelFor(labels, chain)?.value ?? node.name;
  }
}
