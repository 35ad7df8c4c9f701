import { foldText } from '../../domain/text-folding';
import { isGenericName } from '../../domain/generic-names';
import { escapeRegExp } from './ingest.folding';
import { isNetwork, knownBodies, NAMED_NETWORK } from './ingest.known-names';
import { Mention, spanOf } from './ingest.model';
import { whyNotAName } from './ingest.name-judge';
import { countryCodeOf } from '../../gazetteer/countries';

/*
 * Working groups named in a page (the corpus counts networks among them: ReferNet, EQAVET, the Alliance for
 * Apprenticeships): "the ET 2020 Working Group on VET", "the Thematic working group on ...", "groupe de travail
 * ...", "Arbeitsgruppe ...", "the ETF Network for Excellence", "réseau européen ECVET", "Cedefop community of
 * apprenticeship experts", and the working groups and networks of the bundled data by name or acronym.
 */

let knownPatterns: Array<{ pattern: RegExp; body: string; confidence: number }> | undefined;

/**
 * Confidence of a mention of one of the bundled data's standing groups that are not organisations named as networks
 * (the data's WorkingGroup records "Skillsnet", "EQF Advisory Group", "National ECVET Coordinators", and one-word
 * "-net" networks such as CareersNet): a calibration bucket of its own, apart from the named networks' 0.8, and
 * OWN_MEETING_OF_GROUP when the event is the group's own meeting.
 */
const KNOWN_GROUP = 0.78;
/** {@link withOwnMeetings}' confidence for a KNOWN_GROUP mention: its own calibration bucket, apart from 0.9. */
const OWN_MEETING_OF_GROUP = 0.88;
/** {@link withOwnMeetings}' confidence for a group the event's title names: its own calibration bucket. */
const GROUP_IN_TITLE = 0.91;

/** Name and acronym patterns of the bundled data's working groups and networks (case-sensitive for acronyms). */
function networkPatterns(): Array<{ pattern: RegExp; body: string; confidence: number }> {
  knownPatterns ??= knownBodies()
    // The data's groups named "working group" are found by the patterns below (and resolved by name and year); its
    // networks and other standing groups here.
    .filter(
      (body) =>
        isNetwork(body) &&
        !/working group|groupe de travail|arbeitsgruppe/iu.test(body.name) &&
        !isGenericGroupName(body.name),
    )
    .flatMap((body) =>
      body.names.map((name) => ({
        name,
        acronym: name === body.acronym,
        body: body.name,
        confidence: body.type === 'Organisation' && NAMED_NETWORK.test(body.name) ? 0.8 : KNOWN_GROUP,
      })),
    )
    .filter(({ name }) => name.length >= 4)
    .map(({ name, acronym, body, confidence }) => ({
      body,
      confidence,
      pattern: new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(name)}(?![\\p{L}\\d])`, acronym ? 'gu' : 'giu'),
    }));
  return knownPatterns;
}

/** Words that say what kind of group a name is, not which one ("steering group", "Thematic Group 3", "innovation WG"). */
const GROUP_WORDS =
  /^(?:steering|groups?|committee|observatory|market|team|thematic|task|main|focus|working|wg|cluster|peer|network|board|project|experts?|advisory|coordination|\d+)$/u;

/**
 * True when a group's name is short and every word of it generic ("steering group", "Education Committee", "Labour
 * Market Observatory"): such a name is the bundled data's name of one group, but on another page it may mean any
 * other, so it is not looked for by name. A longer one names its field ("Advisory Committee for Vocational Training").
 */
function isGenericGroupName(name: string): boolean {
  const words = foldText(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length < 4 && words.every((word) => GROUP_WORDS.test(word) || isGenericName(word));
}

/**
 * Named networks and communities: "ETF Network for Excellence", "réseau européen ECVET", "community of ... experts".
 */
const NAMED_NETWORKS = [
  /((?:[\p{Lu}][\p{L}\d\-]*[ \t]+){1,3}(?:Network|Platform)(?:[ \t]+(?:for|of|on)[ \t]+(?:\p{Lu}[\p{L}\-]*)(?:[ \t]+(?:and[ \t]+)?\p{Lu}[\p{L}\-]*){0,3})?)/gu,
  /((?:[\p{Lu}][\p{L}\d\-]*\s+)?community of (?:[\p{Ll}\-]+\s+){0,3}(?:experts|practitioners))/gu,
  /((?:réseau|rete|red|rede|Netzwerk|sieć|sieci|netwerk|δίκτυο) (?:européen |europea |europeo |europeia |europejska |europese |ευρωπαϊκό |national |nazionale |nacional )?(?:\p{Lu}[\p{Lu}\d\-]+))/gu,
  /((?:\p{Lu}[\p{Lu}\d\-]+)[ \t]+(?:network|Netzwerk|netwerk))(?![\p{L}])/gu,
];

/** Words that start a capitalised run before "Network" without being part of a network's name. */
const LEADING_GENERIC_WORDS =
  /^(?:(?:The|A|An|Its|This|Our|Document|Title|Annual|Report|News|Agenda|Meeting|Event|Home|Page|Read|More)\s+)+/u;

/** Mentions of the bundled data's networks and named networks, with a country after a network ("ReferNet Czechia"). */
function networksIn(text: string): Array<Mention<string>> {
  const named: Array<Mention<string> & { body: string }> = [];
  const bodies = new Set<string>();
  // Patterns come name first, then acronym: one mention per body (the first pattern that matches).
  for (const { pattern, body, confidence } of networkPatterns()) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      if (bodies.has(body) && !named.some((f) => f.value === match[0])) continue;
      bodies.add(body);
      named.push({ value: match[0], confidence, span: spanOf(text, start, start + match[0].length), body });
      const country = /^\s+(\p{Lu}[\p{L}\-]+)/u.exec(text.slice(start + match[0].length));
      if (country && countryCodeOf(country[1])) {
        const end = start + match[0].length + country[0].length;
        named.push({ value: text.slice(start, end), confidence, span: spanOf(text, start, end), body });
      }
    }
  }
  // Of two groups of the data whose names overlap ("Directors General for vocational education" inside "... and
  // training"), the one with the longer name; a network and its country's partner ("ReferNet Portugal") are both kept.
  const found: Array<Mention<string>> = named
    .filter(
      (f) =>
        !named.some(
          (g) =>
            g.body !== f.body &&
            !(g.value.startsWith(`${f.value} `) && countryCodeOf(g.value.slice(f.value.length + 1))) &&
            g.span.start <= f.span.start &&
            f.span.end <= g.span.end &&
            g.span.end - g.span.start > f.span.end - f.span.start,
        ),
    )
    .map(({ body: _body, ...mention }) => mention);
  for (const [index, pattern] of NAMED_NETWORKS.entries()) {
    // "the X network" names a network but seldom says the event is its own: a proposal (0.7).
    const confidence = index === NAMED_NETWORKS.length - 1 ? 0.7 : 0.75;
    for (const match of text.matchAll(pattern)) {
      // Page furniture and generic words before a network's name are not part of it ("Document Title ECVET
      // Network", "Annual Network Meeting").
      const name = match[1].trim().replace(LEADING_GENERIC_WORDS, '');
      const start = (match.index ?? 0) + match[0].indexOf(name);
      const proper = name
        .replace(
          /\b(?:Network|Community|Platform|European|National|International|Regional|community|of|experts|practitioners|for|on)\b/gu,
          '',
        )
        .trim();
      const inside = found.some((f) => f.span.start <= start + name.length && start <= f.span.end);
      if (!inside && name.split(/\s+/).length >= 2 && /\p{Lu}/u.test(proper))
        found.push({ value: name, confidence, span: spanOf(text, start, start + name.length) });
    }
  }
  return found;
}

/** The head nouns of a standing group, committee or board of the field (EN FR ES IT DE). */
const GROUP_HEAD = String.raw`(?:Advisory Group|Working Group|Group|Committee|Board|Directors[ \-]General|Comité|Comitato|Consejo de Dirección|Ausschuss|Beirat)`;
/** "on Vocational Education and Training (VET)" after a group's head. */
const FIELD_WORD = String.raw`(?:\p{Lu}[\p{L}\-]*|vocational|education|training|qualifications?|skills|adult|learning|lifelong|guidance|employment)`;
const GROUP_QUALIFIER = String.raw`(?:[ \t]+(?:on|for|of)[ \t]+${FIELD_WORD}(?:[ \t]+(?:and[ \t]+|of[ \t]+|for[ \t]+)?${FIELD_WORD}){0,5})?`;

/**
 * A standing group whose own meeting the text reports, 0.92: "the 67th meeting of the EQF Advisory Group", "Meeting of
 * Directors-General for Vocational Education and Training", "la reunión del Consejo de Dirección de la ETF", "the
 * Governing Board meeting". The Council and the Commission are institutions, not groups: not heads here.
 */
const MEETING_OF_GROUP = new RegExp(
  String.raw`(?<![\p{L}])(?:[Mm]eeting|[Rr]éunion|[Rr]eunión|[Rr]iunione|[Ss]itzung|[Pp]lenary)[ \t]+(?:of|du|de la|des|del|della|dello|der)[ \t]+(?:the[ \t]+)?((?:\p{Lu}[\p{L}\-]*[ \t]+){0,5}${GROUP_HEAD}${GROUP_QUALIFIER})(?![\p{L}])|(?<![\p{L}])((?:\p{Lu}[\p{L}\-]*[ \t]+){1,5}${GROUP_HEAD})[ \t]+(?:[Mm]eeting|[Pp]lenary)(?![\p{L}])`,
  'gu',
);

/** Working group names, full names first; a later short mention ("the Thematic working group") is not repeated. */
export function findWorkingGroups(text: string): Array<Mention<string>> {
  const patterns = [
    /\b((?:[\p{Lu}\d][\p{L}\d\-]* +){0,4}[Ww]orking [Gg]roup(?:\s+(?:on|for|of)\s+[^.,;:()\n]+?)?)(?=\s+(?:will|was|were|is|are|has|have|had|held|holds|organised|organized|discussed|visited|took|takes|met|meets|during|which|that|and\s+(?:the|its|their)|to|at|in\s+\p{Lu})\b|[.,;:()\n]|$)/gu,
    /\b([Gg]roupe de travail(?:\s+(?:th[ée]matique|\p{Lu}[\p{L}\d\-]*))*(?:\s+(?:sur|pour|consacr[ée] [àa])\s+[^.,;:()\n]+?)?)(?=\s+(?:se|a|aura|avait|est|sera|qui|et|lors)\b|[.,;:()\n]|$)/gu,
    /\b((?:[\p{Lu}\d][\p{L}\d\-]*\s+){0,3}(?:Thematische\s+)?Arbeitsgruppe(?:\s+(?:zu|zur|zum|für|über)\s+[^.,;:()\n]+?)?)(?=\s+(?:wird|wurde|hat|hatte|ist|war|und|die|der)\b|[.,;:()\n]|$)/gu,
    // Italian, Spanish, Portuguese, Polish, Dutch and Greek: "gruppo di lavoro sull'...", "grupo de trabajo sobre ...".
    /(?<![\p{L}])((?:[\p{Lu}\d][\p{L}\d\-]*\s+){0,3}(?:[Gg]ruppo di lavoro|[Gg]rupo de trabajo|[Gg]rupo de trabalho|[Gg]rupa robocza|[Ww]erkgroep|[Οο]μάδα [Εε]ργασίας)(?:\s+(?:\p{Lu}[\p{L}\d\-]*|tematic[oa]|temátic[oa]|tematyczna|thematische))*(?:\s+(?:sul(?:l['’]|la|le|lo)?|su|per|sobre|para|sobre a|sobre o|ds\.|do spraw|voor|over|για)\s*[^.,;:()\n]+?)?)(?=\s+(?:è|ha|si|es|ha|é|foi|jest|była|is|heeft|είναι|και|e|y|i|en)\s|[.,;:()\n]|$)/gu,
  ];
  const found: Array<Mention<string>> = [];
  for (const network of networksIn(text)) {
    if (!found.some((f) => foldText(f.value) === foldText(network.value))) found.push(network);
  }
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1].trim().replace(/^(?:The|A|An|Its|This|Il|La|Lo|El|O|Het|De|Η|Der|Die|Das)\s+(?=\S)/u, '');
      const qualified =
        /\s(?:on|for|of|sur|pour|consacr|zu|zur|zum|für|über|sul|sull['’]|sulla|su|per|sobre|para|do spraw|ds\.|voor|over|για)[\s\p{L}]/u.test(
          name,
        );
      const proper =
        /^[\p{Lu}\d]/u.test(name) &&
        !/^(?:[Ww]orking|Groupe|Arbeitsgruppe|Gruppo|Grupo|Grupa|Werkgroep|Ομάδα)/u.test(name);
      if (!qualified && !proper) continue;
      if (found.some((f) => foldText(f.value).startsWith(foldText(name)))) continue;
      const start = (match.index ?? 0) + match[0].indexOf(name);
      found.push({ value: name, confidence: qualified ? 0.85 : 0.6, span: spanOf(text, start, start + name.length) });
    }
  }
  for (const match of text.matchAll(MEETING_OF_GROUP)) {
    const name = (match[1] ?? match[2]).trim().replace(/^(?:The|La|Le|El|Il|Der|Die|Das)\s+/u, '');
    const start = (match.index ?? 0) + match[0].indexOf(name);
    if (found.some((f) => f.span.start <= start + name.length && start <= f.span.end)) continue;
    // 0.92: its own calibration bucket, apart from a network joined to the event's kind word (withOwnMeetings, 0.9).
    found.push({ value: name, confidence: 0.92, span: spanOf(text, start, start + name.length) });
  }
  // The judge refuses working groups as organisations; as working groups they are judged for everything else.
  return found
    .filter((group) => [undefined, 'working group'].includes(whyNotAName(group.value)))
    .sort((a, b) => a.span.start - b.span.start);
}

/**
 * Words that may stand between a group's name and the kind word of the group's own meeting: "ReferNet annual plenary
 * meeting", "ReferNet’s 16th plenary", "ReferNet Focus Group meeting", "EQAVET Annual Network Meeting 2019".
 */
const NAME_THEN_KIND =
  /^(?:['’]s)?(?:[ \t]+(?:\d{1,4}(?:st|nd|rd|th|ª|\.ª|e|ème|\.)?|annual|yearly|general|plenary|focus|group|partnership|national|\p{Lu}[\p{L}\-]*))*[ \t]+$/u;

/**
 * Words between the kind word and the group's name that make it the group's own meeting: "meeting of the ReferNet",
 * "16.ª reunião plenária anual da ReferNet", "réunion plénière annuelle du réseau", "Plenarsitzung des Netzwerks".
 */
const KIND_THEN_NAME =
  /^(?:[ \t]+(?:annual|anual|annuel|annuelle|anuale|annuale|jährliche|plenary|plenária|plenaria|plénière|\d{4}))*[ \t]+(?:of(?:[ \t]+the)?|da|do|de|de[ \t]+la|du|des|der|del|della|dello|di|dla|van[ \t]+het|van[ \t]+de|του|της)[ \t]+$/iu;

/**
 * The working groups that the event is the group's own meeting of get confidence 0.9: named in the event's title, or
 * joined to a kind word of the page (`kinds`) by the words of NAME_THEN_KIND or KIND_THEN_NAME. Others keep theirs (a
 * network named elsewhere on the page seldom says whose the event is: calibrated at 7 of 33 in the bulk reviews).
 * Pure; spans are offsets of `text`.
 * @param groups what {@link findWorkingGroups} found in `text`
 * @param kinds the page's kind mentions (ingest.event-mentions.ts), spans in `text`
 * @param title the event's title as read, when there is one
 */
export function withOwnMeetings(
  groups: Array<Mention<string>>,
  text: string,
  kinds: Array<{ kind?: unknown; span: { start: number; end: number } }>,
  title?: string,
): Array<Mention<string>> {
  const foldedTitle = title ? foldText(title) : '';
  return groups.map((group) => {
    const name = foldText(group.value);
    const inTitle =
      foldedTitle.length > name.length &&
      new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(name)}(?![\\p{L}\\d])`, 'u').test(foldedTitle);
    const joined = kinds.some(
      ({ kind, span }) =>
        kind !== undefined &&
        ((span.start >= group.span.end &&
          span.start - group.span.end <= 40 &&
          NAME_THEN_KIND.test(text.slice(group.span.end, span.start))) ||
          (group.span.start >= span.end &&
            group.span.start - span.end <= 40 &&
            KIND_THEN_NAME.test(text.slice(span.end, group.span.start)))),
    );
    if (!inTitle && !joined) return group;
    const own = inTitle ? GROUP_IN_TITLE : group.confidence === KNOWN_GROUP ? OWN_MEETING_OF_GROUP : 0.9;
    return { ...group, confidence: Math.max(group.confidence, own) };
  });
}
