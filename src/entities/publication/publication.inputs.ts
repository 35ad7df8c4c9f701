import { ClassType, Field, InputType } from 'type-graphql';
import { ContainsFilter, EnumValuesFilter, IdFilter, YearFilter } from '../../graphql/filter-fields';
import { LogicalWhere } from '../../graphql/entity-where';
import { MAX_NAME_LENGTH } from '../../domain/limits';
import { IsCountryCode } from '../../graphql/validators';
import { PublicationKind } from '../../graphql/enums';
import { PublicationPresenceWhere } from './publication.presence';

@InputType({ description: 'Filters on publications; fields are ANDed.' })
export class PublicationWhere extends LogicalWhere(PublicationPresenceWhere, (): ClassType => PublicationWhere) {
  @ContainsFilter('Title contains this text, ignoring case and accents.', MAX_NAME_LENGTH)
  titleContains?: string | null;

  @EnumValuesFilter(PublicationKind)
  kinds?: PublicationKind[] | null;

  @YearFilter('Published in this year or later.')
  yearFrom?: number | null;

  @YearFilter('Published in this year or earlier.', { notBefore: 'yearFrom' })
  yearTo?: number | null;

  @IdFilter('Published by this organisation.')
  publishedBy?: string | null;

  @IdFilter('About or analysing this topic.')
  topic?: string | null;

  @Field(() => String, { nullable: true, description: 'Analyses this country (ISO alpha-2).' })
  @IsCountryCode()
  analysesCountryCode?: string | null;
}
