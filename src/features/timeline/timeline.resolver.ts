import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { GraphContext } from '../../context/graph-context';
import { EntityObject, EntityRecord, toEntityObject } from '../../graph/entity-record';
import { ENTITY_DEFINITIONS } from '../../entities/entity-definitions';
import { Country } from '../../entities/country/country.type';
import { CountryYear, TimelineArgs, TimelineMembership } from './timeline.type';
import { CountryTimelineRepository, TimelineItem } from './timeline.repository';

/** `Country.timeline`: what happened in a country, year by year (rules in country.timeline.repository.ts). */
@Resolver(() => Country)
export class CountryTimelineResolver {
  @FieldResolver(() => [CountryYear], {
    description:
      'What happened in the country per year from `from` to `to`: events held there, competence standards applying ' +
      'there, policy documents adopted by its organisations, memberships of the country or its organisations ' +
      'starting or ending. Only years with something listed, in order.',
  })
  async timeline(
    @Root() country: EntityObject,
    @Args(() => TimelineArgs) args: TimelineArgs,
    @Ctx() ctx: GraphContext,
  ): Promise<CountryYear[]> {
    const items = await new CountryTimelineRepository(ctx.reader).items(country.id, args.from, args.to);
    return groupByYear(items);
  }
}

/** The items as one CountryYear per year that has any, in year order; within a year in a stable order. */
export function groupByYear(items: TimelineItem[]): CountryYear[] {
  const years = new Map<number, CountryYear>();
  for (const item of [...items].sort(compareItems)) {
    const year = years.get(item.year) ?? {
      year: item.year,
      events: [],
      competenceStandards: [],
      policyDocuments: [],
      membershipsStarted: [],
      membershipsEnded: [],
    };
    years.set(item.year, year);
    if (item.kind === 'EVENT') year.events.push(shape(item.entity));
    else if (item.kind === 'STANDARD') year.competenceStandards.push(shape(item.entity));
    else if (item.kind === 'POLICY_DOCUMENT') year.policyDocuments.push(shape(item.entity));
    else (item.kind === 'MEMBERSHIP_STARTED' ? year.membershipsStarted : year.membershipsEnded).push(membership(item));
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

function shape(record: EntityRecord): EntityObject {
  return toEntityObject(record, ENTITY_DEFINITIONS[record.type].fields);
}

function membership(item: TimelineItem): TimelineMembership {
  return { member: item.member ? shape(item.member) : null, group: shape(item.entity), relationship: item.membership };
}

/** Events by start date, everything else by name; ids break ties. */
function compareItems(a: TimelineItem, b: TimelineItem): number {
  const key = (item: TimelineItem) =>
    `${String(item.entity.properties.startDate ?? '')}|${item.member?.name ?? ''}|${item.entity.name}|${item.entity.id}`;
  return key(a).localeCompare(key(b));
}
