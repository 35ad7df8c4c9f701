import { ClassType, Field, Int } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars';
import {
  AttributesField,
  BooleanField,
  CountryCodeField,
  DateField,
  DateTimeField,
  DoiField,
  EnumField,
  IsbnField,
  NameListField,
  TextField,
  UrlField,
  YearField,
} from './write-fields';

/**
 * One stored property of an entity type, declared once (issue 14, "adding an entity field is one declaration"): the
 * field of the object type that reads it and, when clients write it through the create/update inputs, the input
 * field with its validation rules (write-fields.ts). The entity's typed `fields` are the declarations' keys.
 */
export interface PropertyDeclaration {
  /** The read field's GraphQL type. */
  type: () => unknown;
  /** The read field's description (none: the type's own description shows). */
  description?: string;
  /** Non-null on the object type. */
  required?: boolean;
  /** The input field of the create and update inputs; absent: the property is not written through them. */
  input?: PropertyDecorator;
}

/** An entity type's stored properties, in the order of the schema's fields. */
export type PropertyDeclarations = Readonly<Record<string, PropertyDeclaration>>;

/** Optional text; `max` characters at most when written (write-fields.ts), `input` the input's description. */
export function text(description: string, options: { max?: number; input?: string } = {}): PropertyDeclaration {
  return { type: () => String, description, input: TextField(options.input ?? description, options.max) };
}

/** A value of a registered GraphQL enum; `input` the input's description (default: the read field's). */
export function enumOf(enumType: object, description?: string, input?: string): PropertyDeclaration {
  return { type: () => enumType, description, input: EnumField(enumType, input ?? description ?? '') };
}

/** A year; `rules` and `input` as YearField takes them (the field it must not precede, the dates it is the year of). */
export function year(
  description: string,
  options: { input?: string; rules?: Parameters<typeof YearField>[1] } = {},
): PropertyDeclaration {
  return { type: () => Int, description, input: YearField(options.input ?? description, options.rules) };
}

/** A calendar date (YYYY-MM-DD). */
export function date(
  description: string,
  options: { input?: string; rules?: Parameters<typeof DateField>[1] } = {},
): PropertyDeclaration {
  return { type: () => DateScalar, description, input: DateField(options.input ?? description, options.rules) };
}

/** An instant with its UTC offset. */
export function dateTime(
  description: string,
  options: { input?: string; rules?: Parameters<typeof DateTimeField>[1] } = {},
): PropertyDeclaration {
  return { type: () => DateTimeScalar, description, input: DateTimeField(options.input ?? description, options.rules) };
}

/** A yes/no property. */
export function flag(description: string, options: { readOnly?: boolean } = {}): PropertyDeclaration {
  return { type: () => Boolean, description, input: options.readOnly ? undefined : BooleanField(description) };
}

/** An http(s) address. */
export function url(description: string, input: string): PropertyDeclaration {
  return { type: () => String, description, input: UrlField(input) };
}

/** An ISO 3166-1 alpha-2 code. */
export function countryCode(description: string, input: string): PropertyDeclaration {
  return { type: () => String, description, input: CountryCodeField(input) };
}

/** A list of other names. */
export function nameList(description: string, input: string = description): PropertyDeclaration {
  return { type: () => [String], description, input: NameListField(input) };
}

/** An ISBN. */
export function isbn(description: string, input: string): PropertyDeclaration {
  return { type: () => String, description, input: IsbnField(input) };
}

/** A DOI. */
export function doi(description: string, input: string): PropertyDeclaration {
  return { type: () => String, description, input: DoiField(input) };
}

/** A property read but written another way (the country code, which is the id's key). */
export function readOnly(
  type: () => unknown,
  description: string,
  options: { required?: boolean } = {},
): PropertyDeclaration {
  return { type, description, required: options.required };
}

/** Adds the read fields of `properties` to an object type, as `@Field` on each property would. */
export function addReadFields(objectType: ClassType, properties: PropertyDeclarations): void {
  for (const [name, property] of Object.entries(properties)) {
    const options = { description: property.description, ...(property.required ? {} : { nullable: true }) };
    Field(property.type as never, options)(objectType.prototype, name);
  }
}

/**
 * Adds the input fields of `properties` (those that have one) to the shared base of an entity type's create and
 * update inputs, then `attributes`, which may not set a declared property.
 */
export function addInputFields(fieldsClass: abstract new () => object, properties: PropertyDeclarations): void {
  for (const [name, property] of Object.entries(properties)) property.input?.(fieldsClass.prototype, name);
  AttributesField(Object.keys(properties))(fieldsClass.prototype, 'attributes');
}
