import fs from 'node:fs';
import path from 'node:path';
import { BUNDLED_DATA_FILES } from '../../domain/bundled-data';
import { foldText } from '../../domain/text-folding';
import { projectRoot } from '../../project-root';

/*
 * The organisations and working groups of the bundled data (data/*.json, data/FORMAT.md) under every name they go
 * by there: name, acronym, original name and other names. Extraction uses them to resolve equivalent names
 * ("CEDEFOP" is the European Centre for the Development of Vocational Training) and to recognise named networks and
 * working groups. Read once, on first use.
 */

/** A body of the bundled data: its name, acronym and every folded form it is known by. */
export interface KnownBody {
  type: 'Organisation' | 'WorkingGroup';
  name: string;
  acronym?: string;
  /** Every name it goes by, as written (name, acronym, original and other names). */
  names: string[];
}

interface DataEntity {
  id?: string;
  type: string;
  name: string;
  props?: Record<string, unknown>;
}

/** A name that says it is a network (network, alliance, platform, community). */
export const NAMED_NETWORK = /\b(?:network|alliance|platform|community|netzwerk|reseau)\b/iu;

/**
 * A body of the bundled data is a network when its name says so (NAMED_NETWORK), also as the "-net" of one word
 * (CareersNet, Skillsnet, TTnet, ReferNet).
 */
const NETWORK_WORDS = new RegExp(`${NAMED_NETWORK.source}|^\\p{L}{2,}net$`, 'iu');

/**
 * True for a network of the bundled data (ReferNet, EQAVET, the Alliance for Apprenticeships): a working group to the
 * corpus.
 */
export function isNetwork(body: KnownBody): boolean {
  return body.type === 'WorkingGroup' || NETWORK_WORDS.test(body.name);
}

let index: Map<string, KnownBody[]> | undefined;
let bodies: KnownBody[] | undefined;

/** A name as compared: folded, quotes and brackets as spaces, a leading article dropped. */
export function nameKey(name: string): string {
  return foldText(name.normalize('NFC'))
    .replace(/[‘’'"“”«»()[\].,;:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|le|la|les|l|der|die|das|il|el|o|a|het) /, '');
}

/** Every organisation and working group of the bundled data (read once). */
export function knownBodies(): KnownBody[] {
  if (bodies) return bodies;
  bodies = [];
  // A body declared in several files (a bundled organisation the page facts re-declare with the other names an editor
  // joined to it, data/review/same-as.json) is one body with all of its names.
  const byKey = new Map<string, KnownBody>();
  for (const file of BUNDLED_DATA_FILES) {
    const full = path.join(projectRoot(), file);
    if (!fs.existsSync(full)) continue;
    const data = JSON.parse(fs.readFileSync(full, 'utf8')) as { entities?: DataEntity[] };
    for (const entity of data.entities ?? []) {
      if (entity.type !== 'Organisation' && entity.type !== 'WorkingGroup') continue;
      const props = entity.props ?? {};
      const acronym = typeof props.acronym === 'string' && props.acronym.trim() ? props.acronym.trim() : undefined;
      const others = [props.originalName, ...(Array.isArray(props.altNames) ? props.altNames : [])];
      const names = [entity.name, acronym, ...others].filter(
        (n): n is string => typeof n === 'string' && n.trim() !== '',
      );
      const key = `${entity.type}:${entity.id ?? entity.name}`;
      const known = byKey.get(key);
      if (known) {
        known.acronym ??= acronym;
        for (const name of names) if (!known.names.includes(name)) known.names.push(name);
        continue;
      }
      const body: KnownBody = { type: entity.type, name: entity.name, acronym, names };
      byKey.set(key, body);
      bodies.push(body);
    }
  }
  return bodies;
}

function nameIndex(): Map<string, KnownBody[]> {
  if (index) return index;
  index = new Map();
  for (const body of knownBodies()) {
    for (const name of body.names) {
      const key = nameKey(name);
      const list = index.get(key) ?? [];
      if (!list.includes(body)) list.push(body);
      index.set(key, list);
    }
  }
  return index;
}

/**
 * The organisation of the bundled data that `name` names (its name, acronym or another name, any case or accents,
 * "Name (ACR)" too), when exactly one does; undefined otherwise (an acronym alone never picks between two).
 */
export function knownOrganisation(name: string): KnownBody | undefined {
  const forms = [name];
  const bracketed = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(name);
  if (bracketed) forms.push(bracketed[1], bracketed[2]);
  for (const form of forms) {
    const found = (nameIndex().get(nameKey(form)) ?? []).filter((body) => body.type === 'Organisation');
    if (found.length === 1) return found[0];
  }
  return undefined;
}
