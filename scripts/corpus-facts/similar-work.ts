import { foldText } from '../../src/domain/text-folding';
import { CandidateEntity } from '../../src/pipelines/ingest/ingest.plan';
import { similarCitation } from '../../src/pipelines/ingest/ingest.similar';
import { StoredNode } from '../../src/pipelines/ingest/ingest.stored-node';
import { Registry } from './registry';

/**
 * The known policy document or publication a page cites under a shortened or reworded name ("Bruges Communiqué" for
 * the bundled "Bruges Communiqué on enhanced European cooperation ... 2011-2020"), found by the ingester's own rule
 * (ingest.similar.ts `similarCitation`: most of the citation's significant words in the known name, years agreeing,
 * exactly one best candidate). Returns its id, or undefined when none or several fit (then a new record is made).
 */
export function similarWork(
  registry: Registry,
  type: 'PolicyDocument' | 'Publication',
  title: string,
  year: number | undefined,
): string | undefined {
  const stored: StoredNode[] = registry
    .all()
    .filter((entity) => entity.type === type)
    .map((entity) => ({
      id: entity.id,
      type,
      name: entity.name,
      keys: [foldText(entity.name)],
      heldIn: [],
      year: typeof entity.props.year === 'number' ? entity.props.year : undefined,
    }));
  const candidate: CandidateEntity = {
    key: title,
    role: type === 'PolicyDocument' ? 'cited policy document' : 'cited publication',
    type,
    proposedId: '',
    name: title,
    props: year === undefined ? {} : { year },
    confidence: 1,
    span: { start: 0, end: 0, text: title },
  } as CandidateEntity;
  return similarCitation(candidate, stored, undefined)?.node.id;
}
