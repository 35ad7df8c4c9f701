import { ClassType, InputType } from 'type-graphql';
import { ContainsFilter, EnumValuesFilter, IdFilter, YearFilter } from '../../graphql/filter-fields';
import { LogicalWhere } from '../../graphql/entity-where';
import { MAX_NAME_LENGTH } from '../../domain/limits';
import { PolicyDocumentKind } from '../../graphql/enums';
import { PolicyDocumentPresenceWhere } from './policy-document.presence';

@InputType({ description: 'Filters on policyDocuments; fields are ANDed.' })
export class PolicyDocumentWhere extends LogicalWhere(
  PolicyDocumentPresenceWhere,
  (): ClassType => PolicyDocumentWhere,
) {
  @ContainsFilter('Title contains this text, ignoring case and accents.', MAX_NAME_LENGTH)
  titleContains?: string | null;

  @EnumValuesFilter(PolicyDocumentKind)
  kinds?: PolicyDocumentKind[] | null;

  @YearFilter('Adopted in this year or later.')
  yearFrom?: number | null;

  @YearFilter('Adopted in this year or earlier.', { notBefore: 'yearFrom' })
  yearTo?: number | null;

  @IdFilter('Adopted by this organisation.')
  adoptedBy?: string | null;

  @IdFilter('About this topic.')
  topic?: string | null;

  @YearFilter(
    'Adopted by this year (in it or before; documents without a year are not counted). The data records no repeals.',
  )
  activeIn?: number | null;
}
