/*
 * The words that tie an organisation to an event in the languages of the genre (issue 11, item 6): one table, read
 * by ingest.roles.ts. Each entry is a regular-expression fragment matched case-insensitively on NFC text, written
 * with its accents (a page that lost them is folded back by the page's own NFC step, not here).
 *
 * - BY cues stand before the name: "organised by X", "hosted by X", "in cooperation with X".
 * - SUBJECT verbs stand after the name: "X organised a conference", "X is hosting".
 * - VERB-FIRST cues stand before the name as the verb of a clause whose subject follows it: Greek "διοργάνωσε
 *   η X",
 *   Italian "organizza X" is not used (too often an object follows).
 */

/**
 * The languages of the table (ISO 639-1); Romanian, Bulgarian, Latvian, Lithuanian, Czech and Swedish are extras met in
 * the genre.
 */
export type CueLanguage =
  'en' | 'fr' | 'de' | 'it' | 'es' | 'pt' | 'pl' | 'nl' | 'el' | 'ro' | 'bg' | 'lv' | 'lt' | 'cs' | 'sv';

/** What a cue says the named organisation did. `support` is weaker: read as an organiser below the fact threshold. */
export type CueRole = 'host' | 'organiser' | 'presidency' | 'support';

/** Cues after which the organisation is named, by role and language. */
export const BY_CUES: Record<CueRole, Partial<Record<CueLanguage, string[]>>> = {
  host: {
    en: [
      'hosted by',
      'host organi[sz]ation (?:is|was)',
      'hosts? (?:is|was|were)',
      'at the invitation of',
      '(?:premises|headquarters|seat) of',
    ],
    fr: [
      'accueilli(?:e|s|es)? par',
      "à l[’']invitation d(?:e|u|es)",
      'hébergé(?:e|s|es)? par',
      'dans les locaux d(?:e|u|es)',
      'au siège d(?:e|u|es)',
    ],
    de: ['Gastgeber(?:in)? (?:ist|war|sind|waren)', 'ausgerichtet von', 'zu Gast bei', 'auf Einladung (?:des|der|von)'],
    it: [
      'ospitat[oaie] da',
      "su invito d(?:i|el|ella|ell[’'])",
      "nella sede d(?:i|el|ella|ell[’'])",
      "presso la sede d(?:i|el|ella|ell[’'])",
    ],
    es: [
      '(?:el|la) anfitri(?:ón|ona) (?:es|fue|será)',
      'acogid[oa]s? por',
      'en la sede d(?:e|el)',
      'por invitación d(?:e|el)',
    ],
    pt: ['acolhid[oa]s? (?:por|pel[oa])', 'a convite d(?:e|o|a)', 'na sede d(?:e|o|a)'],
    pl: ['gospodarzem (?:jest|był|była|będzie)', 'w siedzibie', 'na zaproszenie'],
    nl: ['gastheer (?:is|was)', 'op uitnodiging van', 'te gast bij'],
    el: ['φιλοξενείται από', 'με οικοδεσπότη', 'στις εγκαταστάσεις (?:του|της)'],
    ro: ['găzduit[ăe]? de'],
    bg: ['домакин (?:е|беше)'],
  },
  organiser: {
    en: [
      '(?:co-)?organi[sz]ed (?:jointly |together )?by',
      'in (?:close )?co-?operation with',
      'in partnership with',
      'in collaboration with',
      'together with',
      'jointly with',
      'convened by',
      '(?:at|on) the initiative of',
    ],
    fr: [
      '(?:co-?)?organisé(?:e|s|es)? (?:conjointement )?par',
      'en (?:étroite )?coopération avec',
      'en partenariat avec',
      'en collaboration avec',
      'conjointement avec',
      "à l[’']initiative d(?:e|u|es)",
    ],
    de: [
      '(?:mit)?organisiert von',
      'veranstaltet von',
      'in (?:enger )?Zusammenarbeit mit',
      'in Kooperation mit',
      'gemeinsam mit',
      'zusammen mit',
      'auf Initiative (?:des|der|von)',
    ],
    it: [
      '(?:co-?)?organizzat[oaie] da',
      'promoss[oaie] da',
      'ideat[oaie] da',
      'in collaborazione(?: organizzativa)? con',
      'in partenariato con',
      'insieme a',
      "su iniziativa d(?:i|el|ella|ell[’'])",
    ],
    es: [
      '(?:co)?organizad[oa]s? por',
      'en colaboración con',
      'en cooperación con',
      'junto (?:con|a)',
      'a iniciativa d(?:e|el)',
    ],
    pt: [
      '(?:co-?)?organizad[oa]s? (?:por|pel[oa]s?)',
      'em colaboração com',
      'em parceria com',
      'em cooperação com',
      'por iniciativa d(?:e|o|a)',
    ],
    pl: ['(?:zorganizowan[aey]|organizowan[aey]) przez', 'organizatorem (?:jest|był|była|będzie)', 'we współpracy z'],
    nl: ['georganiseerd door', 'in samenwerking met', 'samen met'],
    el: ['(?:δι)?οργανώνεται από', '(?:δι)?οργανώθηκε από', 'σε συνεργασία με'],
    ro: ['organizat[ăe]? de', 'în parteneriat cu', 'în colaborare cu'],
    bg: ['(?:се )?организира от', 'организиран[аои]? от', 'в сътрудничество с'],
  },
  presidency: {
    en: ['under the (?:auspices|presidency|patronage) of'],
    fr: ["sous (?:la présidence|l[’']égide|le patronage) d(?:e|u|es)"],
    de: ['unter (?:dem Vorsitz|der Schirmherrschaft) (?:des|der|von)'],
    it: ["sotto (?:la presidenza|l[’']egida|il patrocinio) d(?:i|el|ella|ell[’'])"],
    es: ['bajo (?:la presidencia|los auspicios|el patrocinio) d(?:e|el)'],
    pt: ['sob (?:a presidência|os auspícios|o patrocínio) d(?:e|o|a)'],
    pl: ['pod (?:przewodnictwem|patronatem|auspicjami)'],
    nl: ['onder (?:voorzitterschap|auspiciën) van'],
    el: ['υπό την (?:προεδρία|αιγίδα) (?:του|της)'],
  },
  support: {
    en: ['with the support of'],
    fr: ['avec le soutien d(?:e|u|es)'],
    de: ['mit (?:der )?Unterstützung (?:des|der|von)'],
    it: ["con il (?:sostegno|supporto) d(?:i|el|ella|ell[’'])"],
    es: ['con el apoyo d(?:e|el)'],
    pt: ['com o apoio d(?:e|o|a)'],
    nl: ['met (?:de )?steun van'],
  },
};

/**
 * Verbs after which the subject before them is the organiser or host ("Cedefop organised", "the ETF is hosting",
 * "BIBB veranstaltet"). Auxiliaries are allowed before them.
 */
export const SUBJECT_VERBS: Record<'host' | 'organiser', Partial<Record<CueLanguage, string[]>>> = {
  host: {
    en: ['(?:is|are|was|were|will be) hosting', 'hosted', 'hosts', 'welcomed'],
    fr: ['accueille(?:ra|nt)?', 'a accueilli'],
    de: ['(?:ist|war) Gastgeber(?:in)?'],
  },
  organiser: {
    en: ['(?:co-)?organi[sz](?:ed|es|ing)', 'jointly held', 'held', 'convened', 'is holding', 'will hold'],
    fr: ['(?:co-?)?organise(?:ra|nt)?', 'a organisé'],
    de: ['organisiert(?:e)?', 'veranstaltet(?:e)?', 'richtet(?:e)?'],
    it: ['organizza(?:va|no)?', 'ha organizzato'],
    es: ['organiza(?:ba|n)?', 'ha organizado', 'organizó'],
    pt: ['organiza(?:va|m)?', 'organizou'],
    pl: ['zorganizował[aoy]?', 'organizuje'],
    nl: ['organiseert', 'organiseerde'],
    ro: ['organizează', 'a organizat'],
    lv: ['organizēja', 'organizēt[aā]', 'rīkoja'],
    lt: ['organizavo', 'organizuoja'],
    cs: ['pořádá', 'pořádal[ao]?', 'uspořádal[ao]?', 'organizuje', 'zorganizoval[ao]?'],
    sv: ['anordnar', 'anordnade', 'arrangerar', 'arrangerade'],
  },
};

/** An event said to take place at an institution: the institution is its host ("took place at Cedefop"). */
export const VENUE_CUES: Partial<Record<CueLanguage, string[]>> = {
  en: ['(?:held|hosted|took place|takes place|take place|will take place|is taking place|met|meets) (?:at|in)'],
  fr: ['se tiendra (?:à|au)', "s[’']est tenue? (?:à|au)", 'a eu lieu (?:à|au)'],
  de: ['findet im', 'fand im', 'fand in der', 'findet in der'],
  it: ['si svolge (?:presso|a)', 'si terrà (?:presso|a)'],
  es: ['tendrá lugar en', 'se celebrará en'],
  pt: ['terá lugar n[oa]'],
  pl: ['odbędzie się w'],
  nl: ['vindt plaats in'],
  el: ['πραγματοποιείται στ[οη]ν?'],
};

/**
 * Bare place words before an institution ("im", "an der", "presso", "at"): a weaker sign of the venue (case-sensitive).
 */
export const WEAK_VENUE_CUES = ['im', 'an der', 'presso', 'at'];

/**
 * The nouns of "in cooperation with" in the table's languages: a name never runs into one ("Cedefop in
 * Zusammenarbeit").
 */
export const COOPERATION_NOUNS = [
  'Zusammenarbeit',
  'Kooperation',
  'co-?operation',
  'collaboration',
  'partnership',
  'partenariat',
  'coopération',
  'collaborazione',
  'partenariato',
  'colaboración',
  'cooperación',
  'colaboração',
  'cooperação',
  'parceria',
  'współpracy',
  'samenwerking',
  'συνεργασία',
];

/**
 * German passives name the agent before the participle: "wird vom Cedefop in Zusammenarbeit mit ... organisiert".
 * The agent after these words is the organiser when one of PASSIVE_PARTICIPLES closes the clause.
 */
export const PASSIVE_AGENT = String.raw`(?:wird|wurde|werden|wurden|ist|war)\s+(?:vom|von der|von den|von)`;
export const PASSIVE_PARTICIPLES = String.raw`(?:organisiert|veranstaltet|ausgerichtet|durchgeführt)`;

/**
 * Clause verbs that come before their subject: "διοργάνωσε η Περιφερειακή Διεύθυνση
 * ...", "οργανώνει ... το X".
 */
export const VERB_FIRST_CUES: Partial<Record<CueLanguage, string[]>> = {
  // An aside between commas may stand between verb and subject: "οργανώνει στις 7 Μαΐου, στο
  // Μουσείο, το Επιμελητήριο".
  el: ['(?:δι)?οργ(?:άνωσε|ανώνει|άνωσαν|ανώνουν)(?:[^.\\n]{0,100}?,)?\\s+(?:η|ο|το|οι)'],
};

/** One regular expression matching any fragment of a cue table (global, case-insensitive, Unicode). */
export function cuePattern(table: Partial<Record<CueLanguage, string[]>>, suffix = ''): RegExp {
  const fragments = Object.values(table).flat();
  // A cue ending in an elided article ("dell’") runs straight into the name.
  return new RegExp(`(?<![\\p{L}\\d])(?:${fragments.join('|')})(?:(?<=['’])|${suffix})`, 'giu');
}
