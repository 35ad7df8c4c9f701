import { EventKind } from '../../domain/enums';
import { foldText } from '../../domain/text-folding';
import { findDateMentions } from './ingest.date-mentions';
import { KindMention, kindsWithin } from './ingest.event-mentions';
import { TITLE_INTRODUCERS, TITLE_LABELS } from './ingest.event-vocabulary';
import { isLabel } from './ingest.event-fields';
import { escapeRegExp } from './ingest.folding';
import { Mention, spanOf, TextSpan, TitleOrigin } from './ingest.model';
import { lines } from './ingest.sentences';
import { isWeekday, monthOf } from './ingest.calendar-words';
import { CUT_HEADING, DOUBTFUL_HEADING, judgeHeading, phraseConfidence, titleProblem } from './ingest.title-judge';

/*
 * The title of an event: a title field, the page's heading, a quoted name after an event word ("the conference
 * 'Matching skills and jobs'", "Συνέδριο με τίτλο «...»"), the subject of the first sentence, and as a
 * last resort
 * the URL's slug. Only a title field, a heading that names the event and a quoted name are sure enough to be facts.
 */

export type Title = Mention<string> & { origin: TitleOrigin };

/** Lines that are site furniture, never a title ("You are here", "Image", "Agenda", a file name, a URL). */
const FURNITURE =
  /^(?:you are here|home|news|agenda|image|images|events?|menu|print|share|share this page|other|transcription|download|evenementen|veranstaltungen|aktuelles|actualites|noticias|notizie|aktualnosci|press releases?|attached images|citation preview|embed size.*|upload:.*|post on .*|category:?|documents|skip to .*|please .*|subscribe .*|displaying results .*|read more|more information)$/;

/**
 * The page's title line: the first line among the first ten that is not furniture, a date, a label or a bare
 * figure, and that reads as a title (no more than 250 characters; a final full stop only on a short line naming an
 * event kind). Undefined when the page opens with prose.
 */
export function headingLine(text: string, kinds: KindMention[], declared?: string): TextSpan | undefined {
  if (declared) {
    const at = text.indexOf(declared);
    if (at >= 0) return spanOf(text, at, at + declared.length);
  }
  const overLong = overLongHeading(text);
  if (overLong) return overLong;
  // The first title-like line naming a kind of event wins over site furniture above it ("Employment, Social Affairs").
  const candidates: TextSpan[] = [];
  for (const line of lines(text).slice(0, 10)) {
    const folded = foldText(line.text).replace(/[.:]$/, '').trim();
    if (
      FURNITURE.test(folded) ||
      isLabel(line.text) ||
      /\.(?:png|jpe?g|gif|svg|pdf)$/i.test(line.text) ||
      /^https?:\/\//.test(line.text)
    )
      continue;
    if (!hasTwoWords(line.text) || isDateLine(line.text)) continue;
    const namesKind = kindsWithin(kinds, line).some((k) => k.kind !== undefined);
    const prose =
      line.text.length > 250 ||
      /[,:;]$/.test(line.text) ||
      (/[.!]$/.test(line.text) && !(namesKind && line.text.length <= 120));
    if (prose) {
      if (!candidates.length) return undefined;
      break;
    }
    if (namesKind) return line;
    candidates.push(line);
  }
  return candidates[0];
}

/**
 * A first line longer than a title may be (250 characters), set apart by a blank line and holding no sentence: the
 * document's heading all the same. It is returned so that ingestion refuses it as `event.name` (field case F10: an
 * over-long name is refused up front with BAD_USER_INPUT) instead of silently taking a title from elsewhere.
 */
function overLongHeading(text: string): TextSpan | undefined {
  const first = lines(text)[0];
  if (!first || first.text.length <= 250) return undefined;
  const blankAfter = /^[ \t\r]*\n[ \t\r]*\n/.test(text.slice(first.end));
  const sentence = /[.!?;:,]$|[.!?]\s+\p{Lu}/u.test(first.text);
  return blankAfter && !sentence ? first : undefined;
}

/** At least two runs of two or more letters with white space between them; linear time on any line. */
function hasTwoWords(line: string): boolean {
  const first = /\p{L}{2,}/u.exec(line);
  if (!first) return false;
  const gap = line.slice(first.index + first[0].length).search(/\s/);
  return gap >= 0 && /\p{L}{2,}/u.test(line.slice(first.index + first[0].length + gap));
}

function isDateLine(line: string): boolean {
  const dates = findDateMentions(line);
  const rest = dates
    .reduce((left, d) => left.replace(d.span.text, ''), line)
    .replace(/[\s,.\-–|]+/g, ' ')
    .trim();
  return dates.length > 0 && rest.split(' ').filter((w) => /\p{L}{3,}/u.test(w)).length <= 2 && rest.length < 25;
}

/** What the title of one event is read from. */
export interface TitleSources {
  text: string;
  block: TextSpan;
  anchor: TextSpan;
  /** The page's heading line, for the page's first event only. */
  heading?: TextSpan;
  /**
   * Lines right above a place-and-date line in the block ("How to make learning visible?" above "Thessaloniki, 28-29
   * November 2016").
   */
  headerLines?: TextSpan;
  kinds: KindMention[];
  /** True when the page is laid out as an event page (a date field): its heading is the event's name. */
  eventLayout: boolean;
  url?: string;
  fallback: { kind?: EventKind; city?: string };
  /** The year of the event's start date, when the page fixes it (a heading that ends in it names the event). */
  startYear?: number;
}

/**
 * The event's title and where it came from (see the file comment for the order and confidences); runs of white space
 * inside it are one space ("Μεταλυκειακό  Έτος" reads "Μεταλυκειακό Έτος").
 */
export function titleFor(sources: TitleSources): Title {
  const title = readTitle(sources);
  return checked(sources.text, { ...title, value: title.value.replace(/\s+/g, ' ').trim() });
}

/**
 * A title as titleProblem (ingest.title-judge.ts) judges it: the part before a date it holds, at no more than
 * CUT_HEADING; a proposal (DOUBTFUL_HEADING at most) when no part is a name; unchanged when fine or only inferred.
 */
function checked(text: string, title: Title): Title {
  if (title.origin === 'url' || title.origin === 'kind-and-place') return title;
  const problem = titleProblem(title.value);
  if (!problem) return title;
  if (problem.keep === undefined) return { ...title, confidence: Math.min(title.confidence, DOUBTFUL_HEADING) };
  const value = title.value.slice(0, problem.keep).trim();
  // The same cut in the evidence span (the value is the span's text with its white space made one space).
  const inSpan = titleProblem(title.span.text)?.keep;
  const span = inSpan ? spanOf(text, title.span.start, title.span.start + inSpan) : title.span;
  return { ...title, value, span, confidence: Math.min(title.confidence, CUT_HEADING) };
}

function readTitle(sources: TitleSources): Title {
  const { text, block } = sources;
  const field = titleField(text, block);
  if (field) return field;
  if (sources.headerLines) return judged(text, sources.headerLines, sources.kinds, 0.9);
  const heading = sources.heading;
  const titled = quotedName(text, sources.anchor, sources.kinds, true);
  if (titled) return titled;
  const named = namedPhrase(text, sources.anchor, sources.kinds);
  if (heading) {
    const namesKind = kindsWithin(sources.kinds, heading).some((k) => k.kind !== undefined);
    if (named && named.confidence >= 0.8 && !sources.eventLayout && /\s\p{Ll}+s\s/u.test(heading.text)) return named;
    if (namesKind || sources.eventLayout) {
      return quotedWithin(heading) ?? judged(text, heading, sources.kinds, namesKind ? 0.9 : 0.85);
    }
  }
  const quoted =
    quotedName(text, sources.anchor, sources.kinds) ?? quotedName(text, firstSentenceOf(text, block), sources.kinds);
  if (quoted) return quoted;
  if (named) return named;
  const series = seriesName(text, block);
  if (series) return series;
  // A proper name given in the block's first sentence when the sentence that dates the event names none ("... have
  // organised a Joint Expert Seminar on ...", then "... are organising a joint expert seminar on 22-23 October").
  const early = namedPhrase(text, firstSentenceOf(text, block), sources.kinds);
  if (early && early.confidence >= 0.8) return early;
  if (heading) {
    const confidence = endsInYear(heading.text, sources.startYear) ? YEAR_NAMED_HEADING : 0.6;
    return { value: heading.text, confidence, span: heading, origin: 'heading' };
  }
  const fromUrl = slugTitle(sources.url);
  if (fromUrl) return { value: fromUrl, confidence: 0.5, span: spanOf(text, block.start, block.start), origin: 'url' };
  const kindLabel = sources.fallback.kind
    ? sources.fallback.kind.charAt(0) + sources.fallback.kind.slice(1).toLowerCase().replace(/_/g, ' ')
    : 'Event';
  const where = sources.fallback.city ? ` in ${sources.fallback.city}` : '';
  return {
    value: `${kindLabel}${where}`,
    confidence: 0.3,
    span: spanOf(text, block.start, block.start),
    origin: 'kind-and-place',
  };
}

/**
 * A heading that ends in the year the event starts in names the event more often than a heading that does not
 * ("Internationaler Berufsbildungskongress 2018", "Information session – Centres of Vocational Excellence 2022"):
 * 0.78, its own calibration bucket (`heading@0.78`), where any other heading read without a kind word is 0.6
 * (`heading@0.60`: 15 of 78 right on the bulk pages built against).
 */
const YEAR_NAMED_HEADING = 0.78;

/**
 * True when `heading` is a name of two or more words besides its last, `year` (no other figure, no date: "Meetings
 * Calendar 2006" is one, "15 February 2010 – first meeting" is not).
 */
function endsInYear(heading: string, year: number | undefined): boolean {
  if (year === undefined) return false;
  const match = /^(\D+?)[\s,–-]+(\d{4})$/u.exec(heading.trim());
  if (!match || Number(match[2]) !== year || findDateMentions(heading).length > 0) return false;
  const words = match[1].split(/\s+/).filter((word) => /\p{L}{2,}/u.test(word));
  return words.length >= 2 && words.some((word) => /^\p{Lu}/u.test(word));
}

/**
 * A heading as the event's title, with the confidence ingest.title-judge.ts gives it (a code prefix "EN3:" dropped).
 */
function judged(text: string, heading: TextSpan, kinds: KindMention[], confidence: number): Title {
  const verdict = judgeHeading(text, heading, kinds, confidence);
  const value = verdict.span.text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/^\S*\d\S*:\s+/, '')
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return { value, confidence: verdict.confidence, span: verdict.span, origin: 'heading' };
}

/**
 * A heading that frames a quoted name with a kind word, a country or a date ("Conference 'Skills for a lifetime,
 * towards a futureproof VET'", "Conferinta nationala „...” (21 iunie, ...)"): the quoted name, when it has at least
 * three words and makes up at least half of the heading's letters.
 */
function quotedWithin(heading: TextSpan): Title | undefined {
  for (const match of heading.text.matchAll(QUOTE)) {
    const inner = (match[1] ?? match[2]).trim();
    const letters = (value: string) => value.replace(/[^\p{L}]/gu, '').length;
    if (inner.split(/\s+/).length < 3 || letters(inner) * 2 < letters(heading.text)) continue;
    const start = heading.start + (match.index ?? 0) + match[0].indexOf(inner);
    return {
      value: inner,
      confidence: 0.9,
      span: { start, end: start + inner.length, text: inner },
      origin: 'heading',
    };
  }
  return undefined;
}

/** "Title: ..." on one line, or a title label line and the value on the next. */
function titleField(text: string, block: TextSpan): Title | undefined {
  const all = lines(text.slice(0, block.end)).filter((l) => l.end > block.start);
  for (let i = 0; i < all.length; i += 1) {
    const inline = /^([^:]{3,20}):\s*(\S.{2,250})$/u.exec(all[i].text);
    if (inline && TITLE_LABELS.includes(foldText(inline[1]).trim())) {
      const start = all[i].start + all[i].text.indexOf(inline[2]);
      return {
        value: inline[2].trim(),
        confidence: 0.95,
        span: spanOf(text, start, start + inline[2].trim().length),
        origin: 'label',
      };
    }
    if (TITLE_LABELS.includes(foldText(all[i].text).replace(/:$/, '').trim()) && all[i + 1])
      return { value: all[i + 1].text, confidence: 0.95, span: all[i + 1], origin: 'label' };
  }
  return undefined;
}

/** Any quote pair of the genre, also mismatched ones the pages hold (‘...‘, “...", «...»). */
const QUOTE =
  /[“"«„]\s?([\p{Lu}\d][^“”"«»„\n]{4,200}?)\s?[”"»“]|(?<![\p{L}\d])[‘'‚]([\p{Lu}\d][^‘’'\n]{4,200}?)[’‘'](?![\p{L}])/gu;

/**
 * A quoted name right after an event word or a title word ("conference “Rethinking VET ...”", "με τίτλο
 * «...»"), 0.85.
 */
function quotedName(
  text: string,
  sentence: TextSpan | undefined,
  kinds: KindMention[],
  introducedOnly = false,
): Title | undefined {
  if (!sentence) return undefined;
  sentence = withOpenQuote(text, sentence);
  for (const match of sentence.text.matchAll(QUOTE)) {
    const inner = match[1] ?? match[2];
    const value = inner.trim().replace(/[.,;:]$/, '');
    if (value.split(/\s+/).length < 2) continue;
    const start = sentence.start + (match.index ?? 0) + match[0].indexOf(inner);
    const before = text.slice(Math.max(sentence.start, start - 60), start - 1);
    const foldedBefore = foldText(before).replace(/[\s:,–-]+$/, '');
    const afterKind = kinds.some(
      (k) => k.span.end <= start && start - k.span.end <= 45 && !/[.;]/.test(text.slice(k.span.end, start - 1)),
    );
    const introduced = TITLE_INTRODUCERS.some((word) =>
      new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(word)}$`, 'u').test(foldedBefore),
    );
    const titleAfter = /^\S?\s*(?:è il titolo|is the title|est le titre|ist der titel|es el titulo)/iu.test(
      text.slice(start + value.length, start + value.length + 25),
    );
    if ((afterKind && !introducedOnly) || introduced || titleAfter)
      return { value, confidence: 0.85, span: spanOf(text, start, start + value.length), origin: 'quoted' };
  }
  return undefined;
}

/**
 * The sentence widened back to its line's start when a quote opened there is still open (a quoted title holding a
 * full stop, "“Non uno di meno. Formazione ...” è il titolo del ...", is cut in two by the sentence splitter).
 */
function withOpenQuote(text: string, sentence: TextSpan): TextSpan {
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const before = text.slice(lineStart, sentence.start);
  const opened = (before.match(/[“«„]/g) ?? []).length > (before.match(/[”»]/g) ?? []).length;
  return opened ? spanOf(text, lineStart, sentence.end) : sentence;
}

/** Words after a kind word that carry on the event's name ("seminar on ...", "meeting dedicated to ..."). */
const NAME_CONTINUES =
  /^\s+(?:on|for|of|about|dedicated to|sur|pour|zum|zur|über|uber|sobre|su|sul|sulla|del|della|de|dos|das|na temat|για|за|despre)\s(?![\d(])/iu;
/** Where a name stops: punctuation, or a verb or place phrase ("will take place", "in Thessaloniki"). */
const NAME_STOPS =
  /[.,;!?(]|\s[–—-]\s|\s(?:in|at)\s+\p{Lu}|\s(?:on|from)\s+\d|\s(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\s(?:will|was|were|is|are|took|takes|held|organi[sz]ed|organizado|organizzato|organisé|durch|convened|discussed|brings|brought|examines|examined|concluded|focused|focuses|looked|gathered|addressed|explored|debated|highlighted|which|that|as)\b/iu;

/**
 * An event named in the anchor sentence: capitalised words before a kind word and the topic after it ("the 16th
 * Cedefop Brussels Seminar", "the Western Balkans Ministerial meeting on Education and Training"), 0.8 with a proper
 * name before the kind word; a kind word and its topic alone ("policy learning forum on professional development of
 * teachers and trainers"), 0.75.
 */
function namedPhrase(text: string, sentence: TextSpan | undefined, kinds: KindMention[]): Title | undefined {
  if (!sentence) return undefined;
  for (const kind of kindsWithin(kinds, sentence).filter((k) => k.kind !== undefined)) {
    const before =
      /(?<![#@\p{L}\d])((?:(?:\p{Lu}[\p{L}\-]*|\d+(?:st|nd|rd|th|ª|º|\.)?|of|for|and|de|du|des|der|für|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|[Aa]nnual|[Jj]oint)\s+){0,6})$/u.exec(
        text.slice(Math.max(sentence.start, text.lastIndexOf('\n', kind.span.start - 1) + 1), kind.span.start),
      );
    let words = (before?.[1] ?? '').trim().split(/\s+/).filter(Boolean);
    while (
      words.length &&
      /^(?:of|for|and|de|du|des|der|für|The|Le|La|Der|Die|Das|Il|El|A|An|Un|Une|Ein|Eine|This|Its|Their|Our)$/u.test(
        words[0],
      )
    )
      words = words.slice(1);
    const rest = text.slice(kind.span.end, sentence.end);
    const continues = NAME_CONTINUES.exec(rest);
    let tail = '';
    if (continues) {
      const stop = NAME_STOPS.exec(rest.slice(continues[0].length));
      tail = rest.slice(0, continues[0].length + (stop ? stop.index : rest.length - continues[0].length));
    }
    if (continues && tail.trim().split(/\s+/).length < 2) tail = '';
    const proper = words.some(
      (w) =>
        /^\p{Lu}/u.test(w) &&
        !/^(?:First|Second|Third|Annual|Joint|These|Those|European|International|National)$/u.test(w),
    );
    if (!proper && !tail) {
      const named = nameAfterKind(text, kind, sentence);
      if (named) return named;
      continue;
    }
    const start = words.length
      ? kind.span.start - (before?.[1] ?? '').trimStart().length + (before?.[1] ?? '').trimStart().indexOf(words[0])
      : kind.span.start;
    const value = text
      .slice(start, kind.span.end + tail.length)
      .replace(/\s+/g, ' ')
      .trim();
    if (value.length > 200 || value.split(' ').length < 2) continue;
    const confidence = phraseConfidence(words, tail, proper);
    return {
      value: value.charAt(0).toUpperCase() + value.slice(1),
      confidence,
      span: spanOf(text, start, start + value.length),
      origin: 'first-sentence',
    };
  }
  return undefined;
}

/** Capitalised words (or a year) right after a kind word: "Seminario Europa", "Forum annuel ECVET 2014". */
const PROPER_AFTER_KIND =
  /^\s+((?:\p{Lu}[\p{L}\d+@&'’-]*|\d{4})(?:\s+(?:\p{Lu}[\p{L}\d+@&'’-]*|\d{4})){0,5})(?![\p{L}\d])/u;

/** Capitalised words that open a quoted title or a clause, not a name ("the conference How to make learning visible"). */
const OPENS_A_PHRASE =
  /^(?:How|What|Why|When|Where|Who|Which|The|A|An|This|That|These|Those|It|In|On|At|For|And|But|With|Le|La|Les|L|Il|Lo|Gli|El|Los|Las|Der|Die|Das|Den|Dem|De|Du|Des|Del|Della|Un|Une|Una|Ein|Eine|Come|Comment|Wie|Cómo|Como)$/u;

/** A word that cannot open a name after a kind word: one opening a phrase, a month, a weekday. */
function opensNoName(word: string): boolean {
  return OPENS_A_PHRASE.test(word) || monthOf(word) !== undefined || isWeekday(word);
}

/**
 * An event named the Romance way, its kind word written with a capital and followed by its proper name ("la 29ª
 * edizione del Seminario Europa", "le Forum annuel ECVET 2014"), 0.8 as a proper name before a kind word is. Not at the
 * sentence's start (a capital there says nothing), and not when the words after it are a date or a weekday.
 */
function nameAfterKind(text: string, kind: KindMention, sentence: TextSpan): Title | undefined {
  if (!/^\p{Lu}/u.test(kind.span.text)) return titleCasedAfterKind(text, kind, sentence);
  if (!text.slice(sentence.start, kind.span.start).trim()) return undefined;
  const match = PROPER_AFTER_KIND.exec(text.slice(kind.span.end, sentence.end));
  if (!match) return undefined;
  const first = match[1].split(/\s+/)[0];
  if (/^\d/.test(first) || opensNoName(first)) return undefined;
  const value = `${kind.span.text} ${match[1]}`.replace(/\s+/g, ' ');
  return {
    value,
    confidence: 0.8,
    span: spanOf(text, kind.span.start, kind.span.end + match[0].length),
    origin: 'first-sentence',
  };
}

/** Small words a title-cased name keeps in lower case (EN FR IT ES DE NL). */
const TITLE_SMALL_WORDS =
  /^(?:a|an|the|of|in|on|for|and|or|to|with|at|by|from|de|du|des|la|le|les|et|en|di|da|del|della|dei|e|y|el|los|las|und|der|die|das|von|van|voor|het)$/u;

/**
 * An English event named right after its lower-case kind word, in title case up to the end of its clause ("organised
 * the conference Quality in the Mobility Projects of the Leonardo da Vinci Programme."), 0.8: every word capitalised
 * or a small word, at least two capitalised, the first not opening a phrase, a month or a weekday. The kind word is
 * not part of the name.
 */
function titleCasedAfterKind(text: string, kind: KindMention, sentence: TextSpan): Title | undefined {
  const rest = text.slice(kind.span.end, sentence.end);
  const match = /^\s+([^.;:,!?()\n]{3,160}?)\s*(?:[.;:,!?(]|$)/u.exec(rest);
  if (!match) return undefined;
  const words = match[1].trim().split(/\s+/);
  const first = words[0];
  if (!/^\p{Lu}/u.test(first) || opensNoName(first)) return undefined;
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_SMALL_WORDS.test(w))) return undefined;
  if (words.filter((w) => /^\p{Lu}/u.test(w)).length < 2 || /^\p{Ll}/u.test(words[words.length - 1])) return undefined;
  const start = kind.span.end + rest.indexOf(match[1]);
  const value = match[1].trim();
  return { value, confidence: 0.8, span: spanOf(text, start, start + value.length), origin: 'first-sentence' };
}

/**
 * Recurring events of the field, by the names their pages use (EN DE FR IT ES): the European Vocational Skills Week,
 * EuroSkills and WorldSkills with their year ("EuroSkills Gdańsk 2023", "WorldSkills Lyon 2024"; without a year the
 * name is the organisation or the movement), the Erasmus Days.
 */
const EVENT_SERIES = [
  /(?<![\p{L}\d])(?:\d{4}\s+)?European\s+Vocational\s+Skills\s+Week(?:\s+\(EVSW\))?(?:\s+\d{4})?(?![\p{L}\d])/iu,
  /(?<![\p{L}\d])Europäische[n]?\s+Woche\s+der\s+Berufsbildung(?:\s+\d{4})?(?![\p{L}\d])/iu,
  /(?<![\p{L}\d])semaine\s+européenne\s+des\s+compétences\s+professionnelles(?:\s+\d{4})?(?![\p{L}\d])/iu,
  /(?<![\p{L}\d])settimana\s+europea\s+(?:dell['’]istruzione\s+e\s+)?della\s+formazione\s+professionale(?:\s+\d{4})?(?![\p{L}\d])/iu,
  /(?<![\p{L}\d])semana\s+europea\s+de\s+la\s+formación\s+profesional(?:\s+\d{4})?(?![\p{L}\d])/iu,
  /(?<![\p{L}\d])(?:EuroSkills|WorldSkills)(?:\s+\p{Lu}[\p{L}\-]+)?\s+\d{4}(?![\p{L}\d])/iu,
  /(?<![\p{L}\d])Erasmus\s?Days(?:\s+\d{4})?(?![\p{L}\d])/iu,
];

/** Words before or after a series' name that make the page's event a part of it, not the series itself. */
const PART_OF_SERIES_BEFORE =
  /(?:part\s+of|during|within|framework\s+of|context\s+of|occasion\s+of|(?:event|ceremony|session|awards?)\s+of|im\s+Rahmen\s+der|dans\s+le\s+cadre\s+de|nell['’]ambito\s+della|en\s+el\s+marco\s+de)(?:\s+the|\s+la|\s+le)?(?:\s+(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)))?\s*$/iu;
const PART_OF_SERIES_AFTER = /^\s*(?:event|events|Veranstaltung|événement|evento)(?![\p{L}])/iu;

/**
 * The first recurring event of EVENT_SERIES named in the event's block, 0.85 (origin `series`, calibrated apart),
 * unless the words around it make the event a part of the series ("a European vocational skills week event", "in the
 * framework of the ..."). Only asked when no title field, heading naming the event, quoted or named phrase was found.
 */
function seriesName(text: string, block: TextSpan): Title | undefined {
  const piece = text.slice(block.start, block.end);
  const found = EVENT_SERIES.map((pattern) => pattern.exec(piece))
    .filter((match): match is RegExpExecArray => match !== null)
    .sort((a, b) => a.index - b.index);
  for (const match of found) {
    const start = block.start + match.index;
    const end = start + match[0].length;
    if (PART_OF_SERIES_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    if (PART_OF_SERIES_AFTER.test(text.slice(end, end + 20))) continue;
    return { value: match[0], confidence: 0.85, span: spanOf(text, start, end), origin: 'series' };
  }
  return undefined;
}

function firstSentenceOf(text: string, block: TextSpan): TextSpan | undefined {
  const piece = text.slice(block.start, block.end);
  const end = piece.search(/[.!?](?:\s|$)/);
  return end > 0 ? spanOf(text, block.start, block.start + end + 1) : undefined;
}

/**
 * A title made of the URL's last path segment ("skills-and-employability-youth" → "Skills and employability youth").
 */
function slugTitle(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//.test(url)) return undefined;
  const segment = decodeURIComponent(url.split(/[?#]/)[0].replace(/\/+$/, '').split('/').pop() ?? '').replace(
    /\.(?:html?|aspx?|php)$/i,
    '',
  );
  const words = segment.split(/[-_]+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3 || /^\d+$/.test(segment)) return undefined;
  const title = words.join(' ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}
