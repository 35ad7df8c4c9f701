import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import countries from 'i18n-iso-countries';

/** True for an ISO 3166-1 alpha-2 code that is assigned (any case), e.g. `BE`, `gr`; uses i18n-iso-countries. */
export function isCountryCode(value: unknown): boolean {
  return typeof value === 'string' && /^[A-Za-z]{2}$/.test(value) && countries.isValid(value.toUpperCase());
}

/** class-validator: the value (or each value of an array) is an assigned ISO 3166-1 alpha-2 country code. */
export function IsCountryCode(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCountryCode',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        // For a list, say which entries are wrong by their index (values are not echoed into messages).
        message: (args: ValidationArguments) => {
          if (!Array.isArray(args.value))
            return `${args.property} must be an assigned ISO 3166-1 alpha-2 country code such as BE`;
          const wrong = args.value.flatMap((code, index) =>
            isCountryCode(code) ? [] : [`${args.property}[${index}]`],
          );
          return `${wrong.join(', ')} ${wrong.length === 1 ? 'is not an assigned ISO 3166-1 alpha-2 country code' : 'are not assigned ISO 3166-1 alpha-2 country codes'} (such as BE)`;
        },
        ...options,
      },
      validator: { validate: (value: unknown) => isCountryCode(value) },
    });
}

/**
 * A class-validator decorator: the value is not before the sibling property `other` by `notBefore(value, bound)`,
 * which runs only when both are given ("$property must not be before <other>").
 */
function notBeforeSibling(
  name: string,
  other: string,
  notBefore: (value: unknown, bound: unknown) => boolean,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [other],
      options: { message: `$property must not be before ${other}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const bound = (args.object as Record<string, unknown>)[other];
          return (
            value === null || value === undefined || bound === null || bound === undefined || notBefore(value, bound)
          );
        },
      },
    });
}

/** class-validator: the value is not smaller than the sibling property `other` (e.g. `yearTo` ≥ `yearFrom`). */
export function IsNotBefore(other: string, options?: ValidationOptions): PropertyDecorator {
  return notBeforeSibling(
    'isNotBefore',
    other,
    (value, bound) => (value as number | string) >= (bound as number | string),
    options,
  );
}

/**
 * class-validator: the partial date (a year, YYYY-MM or YYYY-MM-DD) is not earlier than the sibling partial date
 * `other`, compared at the coarser of the two precisions: until "2013" is not before since "2013-05" (the year 2013
 * includes May), while until "2013-04" is.
 */
export function IsNotBeforePartialDate(other: string, options?: ValidationOptions): PropertyDecorator {
  return notBeforeSibling(
    'isNotBeforePartialDate',
    other,
    (value, bound) => {
      if (typeof value !== 'string' || typeof bound !== 'string') return true;
      const length = Math.min(value.length, bound.length);
      return value.slice(0, length) >= bound.slice(0, length);
    },
    options,
  );
}

/**
 * class-validator: the ISO 8601 instant is not earlier than the sibling instant `other` (e.g. `endDateTime` ≥
 * `startDateTime`), compared as points in time, so different offsets compare correctly.
 */
export function IsNotBeforeInstant(other: string, options?: ValidationOptions): PropertyDecorator {
  return notBeforeSibling(
    'isNotBeforeInstant',
    other,
    (value, bound) => typeof value !== 'string' || typeof bound !== 'string' || Date.parse(value) >= Date.parse(bound),
    options,
  );
}

/**
 * class-validator: the value may not be given together with the sibling property `other` (e.g. countryCode and
 * countryCodes).
 */
export function IsNotCombinedWith(other: string, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNotCombinedWith',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [other],
      options: { message: `$property cannot be combined with ${other}; use one of them`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const sibling = (args.object as Record<string, unknown>)[other];
          return value === null || value === undefined || sibling === null || sibling === undefined;
        },
      },
    });
}
