import { validateSync } from 'class-validator';
import { MAX_NAME_LENGTH } from '../../domain/limits';
import { BadUserInputError, FieldProblem } from '../../errors/api-errors';
import { PROPS_CLASS } from '../import/import.records';
import type { CandidateEntity, Candidates } from './ingest.plan';

/**
 * Checks every candidate of one event as the importer checks a record, and leaves out what cannot be stored instead of
 * refusing the page (issue 11: one bad value must not lose the rest of a page):
 * - a prop that fails its check (an event URL that is not a URL, a year out of range) is dropped from the candidate;
 * - a candidate whose name cannot be stored (over MAX_NAME_LENGTH characters, field case F10: longer strings trip
 *   Neo4j's index key limit; or no letter or digit to make an id from) is dropped with every relation touching it.
 * Each drop is a warning `<role>.<field> left out: <reason>`, naming the field, never echoing the value.
 * @returns the candidates that can be stored, with the warnings
 * @throws BadUserInputError naming `event.name` (and the reason) when the event's own name cannot be stored: an event
 *   without its name is nothing, and the page's other events are still ingested by the caller
 */
export function dropUnstorable(candidates: Candidates): Candidates {
  const warnings: string[] = [...(candidates.warnings ?? [])];
  const kept: CandidateEntity[] = [];
  for (const entity of candidates.entities) {
    const field = entity.role.replace(/ (\w)/g, (_, c: string) => c.toUpperCase());
    const nameProblem = problemWithName(entity);
    if (nameProblem) {
      if (entity.type === 'Event') throw new BadUserInputError([{ field: `${field}.name`, reason: nameProblem }]);
      warnings.push(`${field}.${nameField(entity)} left out: ${nameProblem}`);
      continue;
    }
    const props = { ...entity.props };
    for (const problem of propProblems(entity)) {
      const property = problem.field;
      delete props[property];
      warnings.push(`${field}.${property} left out: ${problem.reason}`);
    }
    const propEvidence =
      entity.propEvidence && Object.fromEntries(Object.entries(entity.propEvidence).filter(([key]) => key in props));
    kept.push({ ...entity, props, ...(propEvidence ? { propEvidence } : {}) });
  }
  const keys = new Set(kept.map((entity) => entity.key));
  const relations = candidates.relations.filter((relation) => keys.has(relation.fromKey) && keys.has(relation.toKey));
  return { entities: kept, relations, warnings };
}

function nameField(entity: CandidateEntity): string {
  return entity.type === 'Publication' || entity.type === 'PolicyDocument' ? 'title' : 'name';
}

function problemWithName(entity: CandidateEntity): string | undefined {
  if (entity.name.length > MAX_NAME_LENGTH)
    return `must be at most ${MAX_NAME_LENGTH} characters (the extracted text has ${entity.name.length})`;
  if (!entity.proposedId.includes(':') || entity.proposedId.endsWith(':'))
    return 'has no letters or digits to make an id from';
  return undefined;
}

/**
 * The props of a candidate that fail the importer's checks for its type (dates that exist, end not before start ...).
 */
function propProblems(entity: CandidateEntity): FieldProblem[] {
  const props = Object.assign(new PROPS_CLASS[entity.type](), entity.props);
  return validateSync(props).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((reason) => ({ field: error.property, reason })),
  );
}
