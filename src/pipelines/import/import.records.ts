import {
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidationOptions,
} from 'class-validator';
import { ENTITY_TYPES, EntityType } from '../../domain/entity-types';
import { RELATIONSHIP_TYPES } from '../../domain/relationship-types';
import {
  CompetenceStandardLevel,
  EventInvolvement,
  EventKind,
  OrganisationKind,
  PlaceKind,
  PolicyDocumentKind,
  PublicationKind,
} from '../../domain/enums';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_YEAR, MIN_YEAR } from '../../domain/limits';
import { isCalendarDate } from '../../domain/calendar-date';
import { IsCountryCode, IsNotBefore } from '../../graphql/validators';

/*
 * The vet-facts record format (data/FORMAT.md) as class-validator classes. Entity and relation envelopes are
 * validated first; then the props of an entity against its type's class. Props not listed here are kept as they
 * are (FORMAT.md allows more), provided they are plain values or lists of them.
 */

/** An ISO `YYYY-MM-DD` date that exists. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (v) => typeof v === 'string' && isCalendarDate(v),
        defaultMessage: () => '$property must be an existing date written YYYY-MM-DD',
      },
    },
    options,
  );
}

/** A public source: an http(s) URL or `seed:<file>`. */
export function IsSource(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isSource',
      validator: {
        validate: (v) => typeof v === 'string' && (/^seed:[\w.-]+$/.test(v) || /^https?:\/\/\S+$/.test(v)),
        defaultMessage: () => '$property must list http(s) URLs or seed:<file> names',
      },
    },
    options,
  );
}

const YEAR = [IsOptional(), IsInt(), Min(MIN_YEAR), Max(MAX_YEAR)];
function Year(): PropertyDecorator {
  return (target, key) => YEAR.forEach((decorate) => decorate(target, key));
}

export class EntityEnvelope {
  @IsIn(ENTITY_TYPES as unknown as string[], { message: `type must be one of ${ENTITY_TYPES.join(', ')}` })
  type!: EntityType;

  @IsString()
  @Matches(/^(country|place|org|wg|event|pub|policy|standard|person|topic):[A-Za-z0-9][A-Za-z0-9-]*$/, {
    message: 'id must be <prefix>:<kebab-case> with a prefix from FORMAT.md',
  })
  id!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_NAME_LENGTH)
  name!: string;

  @IsOptional()
  @IsObject()
  props?: Record<string, unknown>;

  @IsArray()
  @IsNotEmpty({ message: 'sources must name at least one source' })
  @IsSource({ each: true })
  sources!: string[];

  /** Names in other languages, `[{lang, value, source?}]`: checked by readLabels (import.labels.ts). */
  @IsOptional()
  @IsArray({ message: 'labels must be a list of {lang, value, source?}' })
  labels?: unknown[];
}

export class RelationEnvelope {
  @IsString() @IsNotEmpty() from!: string;

  @IsIn(RELATIONSHIP_TYPES, { message: `type must be one of ${RELATIONSHIP_TYPES.join(', ')}` })
  type!: string;

  @IsString() @IsNotEmpty() to!: string;

  @IsOptional() @IsObject() props?: Record<string, unknown>;

  @IsArray()
  @IsNotEmpty({ message: 'sources must name at least one source' })
  @IsSource({ each: true })
  sources!: string[];
}

class CommonProps {
  @IsOptional() @IsString() @MaxLength(MAX_TEXT_LENGTH) summary?: string;
}

export class CountryProps extends CommonProps {
  @IsOptional() @IsCountryCode() code?: string;
  @IsOptional() @IsString() @MaxLength(MAX_NAME_LENGTH) name?: string;
}

export class PlaceProps extends CommonProps {
  @IsOptional() @IsString() @MaxLength(MAX_NAME_LENGTH) name?: string;
  @IsOptional() @IsEnum(PlaceKind) kind?: PlaceKind;
  @IsOptional() @IsCountryCode() countryCode?: string;
}

export class OrganisationProps extends CommonProps {
  @IsOptional() @IsString() @MaxLength(100) acronym?: string;
  @IsOptional() @IsEnum(OrganisationKind) kind?: OrganisationKind;
  @IsOptional() @IsCountryCode() countryCode?: string;
  @Year() founded?: number;
  @IsOptional() @IsArray() @IsString({ each: true }) @MaxLength(MAX_NAME_LENGTH, { each: true }) altNames?: string[];
}

export class WorkingGroupProps extends CommonProps {
  @IsOptional() @IsString() @MaxLength(200) framework?: string;
  @Year() startYear?: number;
  @Year() @IsNotBefore('startYear') endYear?: number;
}

export class EventProps extends CommonProps {
  @IsOptional() @IsEnum(EventKind) kind?: EventKind;
  @IsOptional() @IsCalendarDate() startDate?: string;
  @IsOptional() @IsCalendarDate() @IsNotBefore('startDate') endDate?: string;
  @Year() year?: number;
  @IsOptional() @IsEnum(EventInvolvement) involvement?: EventInvolvement;
  @IsOptional() @IsUrl({ require_protocol: true }) url?: string;
  /** Held online (issue 11: a rescheduled event "now virtually on ..."). */
  @IsOptional() @IsBoolean() virtual?: boolean;
}

export class PublicationProps extends CommonProps {
  @IsOptional() @IsEnum(PublicationKind) kind?: PublicationKind;
  @Year() year?: number;
  @IsOptional() @IsUrl({ require_protocol: true }) url?: string;
  @IsOptional() @IsString() isbn?: string;
}

export class PolicyDocumentProps extends CommonProps {
  @IsOptional() @IsEnum(PolicyDocumentKind) kind?: PolicyDocumentKind;
  @Year() year?: number;
  @IsOptional() @IsCalendarDate() date?: string;
}

export class CompetenceStandardProps extends CommonProps {
  @IsOptional() @IsEnum(CompetenceStandardLevel) level?: CompetenceStandardLevel;
  @IsOptional() @IsString() @MaxLength(MAX_TEXT_LENGTH) targetGroup?: string;
  @Year() year?: number;
  @IsOptional() @IsBoolean() certification?: boolean;
}

export class PersonProps extends CommonProps {
  @IsOptional() @IsString() @MaxLength(MAX_TEXT_LENGTH) role?: string;
}

export class TopicProps extends CommonProps {}

/** The props class of each entity type. */
export const PROPS_CLASS: Record<EntityType, new () => object> = {
  Country: CountryProps,
  Place: PlaceProps,
  Organisation: OrganisationProps,
  WorkingGroup: WorkingGroupProps,
  Event: EventProps,
  Publication: PublicationProps,
  PolicyDocument: PolicyDocumentProps,
  CompetenceStandard: CompetenceStandardProps,
  Person: PersonProps,
  Topic: TopicProps,
};
