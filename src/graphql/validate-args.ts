import { validateSync, ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, ValidatorFn } from 'type-graphql';

/** class-validator settings for arguments: absent optional values are not checked; plain objects are allowed. */
const SETTINGS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/**
 * type-graphql's argument validation, run synchronously and only when an argument carries a value. Relationship
 * fields are resolved once per parent (50 events × 4 fields = 200 calls in one request), mostly with no arguments;
 * checking those empty argument objects with class-validator was a measurable share of a nested request's time.
 * @throws ArgumentValidationError (reported as BAD_USER_INPUT listing each field) when a value breaks a rule
 */
export const validateArgs: ValidatorFn = (value) => {
  const targets = (Array.isArray(value) ? value : [value]).filter(carriesValues);
  const errors = targets.flatMap((target) => validateSync(target as object, SETTINGS));
  if (errors.length) throw new ArgumentValidationError(errors);
};

/** True for an object (an ArgsType or InputType instance) with at least one value set. */
function carriesValues(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).some((inner) => inner !== undefined && inner !== null)
  );
}
