import { citiesNamed, GazetteerCity, isEuropean } from './cities';
import { countryName } from './countries';
import { Label } from '../domain/labels';

/*
 * Some places of the sourced data name a city and nothing else ("Paris", "Copenhagen"): no countryCode and no
 * LOCATED_IN. Their events then fall out of every "held in country X" filter and per-country aggregate. The GeoNames
 * gazetteer (the one document ingestion uses) knows where those cities are; this module turns that knowledge into
 * LOCATED_IN records in the dataset format, each citing its GeoNames entry as the source, so the added facts stay
 * apart from the sourced ones and say where they came from.
 */

/** A top European city at least this many times as populous as the next one of the same name is taken as meant. */
export const CLEAR_LEAD = 10;

interface DatasetEntity {
  id: string;
  type: string;
  name: string;
  props?: Record<string, unknown>;
  /** Names in other languages (domain/labels.ts). */
  labels?: Label[];
  sources: string[];
}

interface DatasetRelation {
  from: string;
  type: string;
  to: string;
  props?: Record<string, unknown>;
  sources: string[];
}

/** A file in the vet-facts format (data/FORMAT.md). */
export interface Dataset {
  about?: string;
  entities: DatasetEntity[];
  relations: DatasetRelation[];
}

/** A place the gazetteer could not place, and why. */
export interface UnplacedPlace {
  placeId: string;
  name: string;
  reason: string;
}

/** What {@link placeCountries} found: a dataset of the added facts, and the places it left alone. */
export interface PlaceCountries {
  dataset: Dataset;
  unplaced: UnplacedPlace[];
}

/**
 * Finds the places of `datasets` that reach no country (no `countryCode` prop, no LOCATED_IN chain ending in a
 * Country) and places each in the country of the European GeoNames city of that name, when one is clearly meant:
 * the only European city of the name, or the most populous by a factor of {@link CLEAR_LEAD} (Cedefop events are held
 * in Europe). Returns LOCATED_IN relations citing `https://www.geonames.org/<id>`, Country entities for countries the
 * data lacks, sorted by id so the output is stable; places with no or no clear match are listed in `unplaced`.
 * @param datasets parsed vet-facts files (entities with the same id are merged, as the importer does)
 */
export function placeCountries(datasets: readonly Dataset[]): PlaceCountries {
  const entities = new Map<string, DatasetEntity>();
  const locatedIn = new Map<string, string[]>();
  for (const dataset of datasets) {
    for (const entity of dataset.entities) {
      const earlier = entities.get(entity.id);
      entities.set(entity.id, { ...entity, props: { ...earlier?.props, ...entity.props } });
    }
    for (const relation of dataset.relations) {
      if (relation.type === 'LOCATED_IN')
        locatedIn.set(relation.from, [...(locatedIn.get(relation.from) ?? []), relation.to]);
    }
  }
  const reachesCountry = (id: string, seen: Set<string>): boolean => {
    if (seen.has(id)) return false;
    seen.add(id);
    if (typeof entities.get(id)?.props?.countryCode === 'string') return true;
    return (locatedIn.get(id) ?? []).some((to) => to.startsWith('country:') || reachesCountry(to, seen));
  };

  const relations: DatasetRelation[] = [];
  const countries = new Map<string, DatasetEntity>();
  const unplaced: UnplacedPlace[] = [];
  const places = [...entities.values()]
    .filter((e) => e.type === 'Place' && !reachesCountry(e.id, new Set()))
    .sort(byId);
  for (const place of places) {
    const match = europeanCityMeant(place.name);
    if (typeof match === 'string') {
      unplaced.push({ placeId: place.id, name: place.name, reason: match });
      continue;
    }
    const countryId = `country:${match.countryCode}`;
    relations.push({
      from: place.id,
      type: 'LOCATED_IN',
      to: countryId,
      props: {},
      sources: [`https://www.geonames.org/${match.geonameId}`],
    });
    if (!entities.has(countryId) && !countries.has(countryId)) {
      const name = countryName(match.countryCode);
      countries.set(countryId, {
        id: countryId,
        type: 'Country',
        name,
        props: { code: match.countryCode, name },
        sources: [`https://www.geonames.org/countries/${match.countryCode}/`],
      });
    }
  }
  return { dataset: { entities: [...countries.values()].sort(byId), relations }, unplaced };
}

/** The European gazetteer city `name` clearly means, or why there is none. */
function europeanCityMeant(name: string): GazetteerCity | string {
  const european = citiesNamed(name).filter((city) => isEuropean(city.countryCode));
  if (european.length === 0)
    return `no European city named "${name}" in the GeoNames gazetteer, which has one name per city and no translations`;
  const [first, second] = european;
  if (second && first.population < CLEAR_LEAD * second.population) {
    const listed = european
      .slice(0, 3)
      .map((city) => `${city.countryCode} (${city.population})`)
      .join(', ');
    return `${european.length} European cities named "${name}" and none clearly the one meant: ${listed}`;
  }
  return first;
}

/** Orders records by id (code-unit order, as the generated file is written). */
export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
