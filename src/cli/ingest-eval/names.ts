import fs from 'node:fs';
import path from 'node:path';
import { foldText } from '../../domain/text-folding';
import { projectRoot } from '../../project-root';

/**
 * Names of one body in other words, so that scoring is fair to equivalent names: "Cedefop" is the European Centre for
 * the Development of Vocational Training in any language the corpus uses. These hold beside the names, acronyms and
 * alternative names of the bundled data's organisations and working groups (loaded by {@link NameMatcher}).
 */
const EQUIVALENT_NAMES: string[][] = [
  [
    'Cedefop',
    'European Centre for the Development of Vocational Training',
    'Centre européen pour le développement de la formation professionnelle',
    'Europäisches Zentrum für die Förderung der Berufsbildung',
  ],
  [
    'European Commission',
    'Commission',
    'EC',
    'the Commission',
    'Europäische Kommission',
    'EU-Kommission',
    'Commission européenne',
    'Commissione europea',
    'Comisión Europea',
    'Comissão Europeia',
    'Komisja Europejska',
    'Europese Commissie',
    'Ευρωπαϊκή Επιτροπή',
    'DG EMPL',
    'Directorate-General for Employment, Social Affairs and Inclusion',
  ],
  [
    'European Training Foundation',
    'ETF',
    'Fondation européenne pour la formation',
    'Europäische Stiftung für Berufsbildung',
    'Fondazione europea per la formazione',
  ],
  [
    'Council of the European Union',
    'Council of the EU',
    'Council',
    'Rat der Europäischen Union',
    "Conseil de l'Union européenne",
  ],
  ['European Parliament', 'Europäisches Parlament', 'Parlement européen', 'Parlamento europeo', 'Parlamento Europeo'],
  ['Bundesinstitut für Berufsbildung', 'BIBB', 'Federal Institute for Vocational Education and Training'],
  ['ReferNet', "Cedefop's ReferNet", 'ReferNet network', 'Cedefop ReferNet'],
  ['European Alliance for Apprenticeships', 'EAfA'],
];

/** Leading articles dropped before comparing names (the, le/la/les/l', der/die/das, il/lo/la, el/los, o/a/os/as). */
const LEADING_ARTICLE =
  /^(?:(?:the|le|la|les|der|die|das|den|dem|des|il|lo|gli|el|los|las|o|os|as|het|de)\s+|l['’]\s*)/;

/**
 * A name reduced for comparison: NFC, folded (case and accents ignored, src/domain/text-folding.ts), quotes and
 * punctuation as spaces, a leading article dropped, white space collapsed.
 */
export function normaliseName(name: string): string {
  const folded = foldText(name.normalize('NFC'))
    .replace(/[‘’‚‛“”„‟«»"'`´]/g, ' ')
    .replace(/[.,;:!?()[\]{}]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return folded.replace(LEADING_ARTICLE, '').trim();
}

/** The words of a text, folded: letters and digits of every script. */
export function wordsOf(text: string): string[] {
  return foldText(text.normalize('NFC')).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Decides whether two organisation or working-group names name the same body: equal once normalised, or one is the
 * other's acronym in brackets ("European Economic and Social Committee (EESC)" = "EESC"), or both belong to one group
 * of equivalent names (the bundled data's name/acronym/alternative names of one entity, or EQUIVALENT_NAMES).
 */
export class NameMatcher {
  private readonly groupOf = new Map<string, number>();

  constructor(groups: string[][]) {
    groups.forEach((group, index) => {
      for (const name of group) if (normaliseName(name)) this.groupOf.set(normaliseName(name), index);
    });
  }

  /** A matcher over EQUIVALENT_NAMES and the organisations and working groups of the bundled data (data/*.json). */
  static fromBundledData(): NameMatcher {
    const groups = [...EQUIVALENT_NAMES];
    const dataDir = path.join(projectRoot(), 'data');
    for (const file of fs.readdirSync(dataDir).filter((name) => name.endsWith('.json'))) {
      const data = JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8')) as {
        entities?: Array<{ type: string; name: string; props?: Record<string, unknown> }>;
      };
      for (const entity of data.entities ?? []) {
        if (entity.type !== 'Organisation' && entity.type !== 'WorkingGroup') continue;
        const props = entity.props ?? {};
        const names = [
          entity.name,
          props.acronym,
          props.originalName,
          ...(Array.isArray(props.altNames) ? props.altNames : []),
        ];
        groups.push(names.filter((name): name is string => typeof name === 'string' && name.trim() !== ''));
      }
    }
    return new NameMatcher(groups);
  }

  /** Every form under which a name is compared: itself, and for "Name (ACR)" the name and the acronym apart. */
  forms(name: string): string[] {
    const forms = new Set([normaliseName(name)]);
    const bracketed = /^(.*?)\s*[([]\s*([^()[\]]+?)\s*[)\]]\s*$/.exec(name);
    if (bracketed) {
      forms.add(normaliseName(bracketed[1]));
      forms.add(normaliseName(bracketed[2]));
    }
    forms.delete('');
    return [...forms];
  }

  /** True when the two names name the same body (see the class). */
  same(a: string, b: string): boolean {
    const formsA = this.forms(a);
    const formsB = this.forms(b);
    if (formsA.some((form) => formsB.includes(form))) return true;
    const groupsA = new Set(formsA.map((form) => this.groupOf.get(form)).filter((group) => group !== undefined));
    return formsB.some((form) => {
      const group = this.groupOf.get(form);
      return group !== undefined && groupsA.has(group);
    });
  }
}

/**
 * Title agreement: the Dice coefficient of the two titles' word sets is at least 0.6, or every word of the shorter
 * (three words or more) is in the longer (a series name before the theme, a "Conference:" prefix). Titles are
 * written in many ways (with or without the edition, the series, the subtitle), so exact equality would score a
 * careful reading as wrong.
 */
export function sameTitle(a: string, b: string): boolean {
  const wordsA = new Set(wordsOf(a));
  const wordsB = new Set(wordsOf(b));
  if (!wordsA.size || !wordsB.size) return false;
  const common = [...wordsA].filter((word) => wordsB.has(word)).length;
  if ((2 * common) / (wordsA.size + wordsB.size) >= 0.6) return true;
  const [shorter, longer] = wordsA.size <= wordsB.size ? [wordsA, wordsB] : [wordsB, wordsA];
  return shorter.size >= 3 && [...shorter].every((word) => longer.has(word));
}
