import * as cheerio from 'cheerio';
import { CONTROL_CHARACTER } from '../../domain/text-folding';

/** A document reduced to plain text, with the title its markup declares (HTML only). */
export interface PlainDocument {
  format: 'html' | 'text';
  text: string;
  /** The `<h1>` (or else `<title>`) of an HTML page, as it appears in `text`. */
  heading?: string;
  /** The page's canonical URL (`<link rel="canonical">` or `og:url`), when declared. */
  url?: string;
}

/** Every control character (src/domain/text-folding.ts), for dropping them from page text. */
const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER, 'g');

/**
 * Terminal escape sequences (ECMA-48: CSI such as the colour code "ESC [31m", OSC ending in BEL or ST, and
 * two-character
 * escapes): dropped whole before the lone control characters, so no "[31m" is left in a title.
 */
const ESCAPE_SEQUENCES =
  /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[@-Z\\-_])|\u009B[0-?]*[ -/]*[@-~]/g;

/** Elements whose text is never content. */
const NOISE = 'script, style, noscript, template, nav, header > nav, footer nav, form, button, svg, iframe';

/** Elements that end a line of text (block-level and line breaks). */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
  'br',
  'td',
  'th',
]);

/** True when the input looks like HTML rather than plain text (an element tag near the start, or a doctype). */
export function looksLikeHtml(input: string): boolean {
  return (
    /^\s*(<!doctype html|<html[\s>])/i.test(input) ||
    /<(body|p|div|h1|h2|article|section)[\s>]/i.test(input.slice(0, 5000))
  );
}

/**
 * Turns an input document into the plain text the extractors read. HTML is parsed with cheerio: scripts, styles and
 * navigation are dropped, block elements become line breaks (paragraphs blank lines), entities are decoded. Plain
 * text only gets its line endings normalised. Spans reported later are offsets into `text`.
 */
export function toPlainDocument(input: string): PlainDocument {
  const normalised = normaliseText(input);
  if (!looksLikeHtml(normalised)) return { format: 'text', text: normalised };
  const $ = cheerio.load(normalised);
  $(NOISE).remove();
  const heading = clean($('h1').first().text()) || clean($('title').first().text()) || undefined;
  const url = $('link[rel="canonical"]').attr('href') ?? $('meta[property="og:url"]').attr('content') ?? undefined;
  const parts: string[] = [];
  const walk = (nodes: ReturnType<typeof $>) => {
    nodes.contents().each((_, node) => {
      if (node.type === 'text') parts.push(node.data.replace(/\s+/g, ' '));
      else if (node.type === 'tag') {
        const block = BLOCKS.has(node.name);
        if (block) parts.push(node.name === 'p' || /^h\d$/.test(node.name) ? '\n\n' : '\n');
        walk($(node));
        if (block) parts.push(node.name === 'p' || /^h\d$/.test(node.name) ? '\n\n' : '\n');
      }
    });
  };
  walk($('body').length ? $('body') : $.root());
  const text = parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { format: 'html', text, heading, url: url?.trim() || undefined };
}

/** Spaces that are not word separators in meaning: no-break, figure, narrow no-break, ideographic. */
const ODD_SPACES = /[\u00a0\u2007\u202f\u3000]/g;
/** Characters with no width that split words ("Re\u200bgion") without showing. */
// eslint-disable-next-line no-misleading-character-class -- each joiner is listed alone on purpose, to delete it
const INVISIBLE = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;

/**
 * The text every extractor reads, whatever the input's encoding habits: Unicode NFC first (a page with its accents
 * decomposed reads as the composed one), line endings as "\n", terminal escape sequences, control characters (NUL,
 * escape, C1) and zero-width
 * characters dropped, no-break spaces as spaces, and no white space at the end of a line. Spans reported later are
 * offsets into this text, not into the input.
 */
export function normaliseText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(ESCAPE_SEQUENCES, '')
    .replace(CONTROL_CHARACTERS, '')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(/[ \t]+$/gm, '');
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
