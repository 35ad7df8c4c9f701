/*
 * Errors never echo what was sent (issue 12, field case F18): a value shows at most as a short excerpt, once. GraphQL's
 * own messages print the offending value whole ("Int cannot represent non-integer value: "…800 000 characters…"",
 * "Variable "$i" got invalid value { …the whole input, secrets included… }"), and our messages may quote an id.
 */

/** Characters of a value an error may show. */
export const EXCERPT_LENGTH = 40;

/** `text` whole when it is short, else its first {@link EXCERPT_LENGTH} characters and an ellipsis. */
export function excerpt(text: string): string {
  return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH)}…`;
}

/** graphql-js's echo of a variable's whole value before the reason: `got invalid value <value> at "path"; `. */
const WHOLE_VALUE = /got invalid value [\s\S]*?(?=(?: at "[^"]*")?; )/;
/** A double-quoted string in a message (escaped quotes inside included). */
const QUOTED = /"((?:[^"\\]|\\.)*)"/g;

/**
 * A message with the values it quotes cut down: the whole value graphql-js prints after "got invalid value" is
 * dropped (the reason that follows says what is wrong with it), and every quoted string longer than
 * {@link EXCERPT_LENGTH} is cut to an excerpt. With `excerpts: false`, for a second place that would repeat it
 * (`extensions.fields[].reason` beside the message), no value is shown at all: a quoted string or number after
 * "value", "found" or "got" is left out (`…`).
 */
export function withoutEchoedValues(message: string, excerpts = true): string {
  const cut = message.replace(WHOLE_VALUE, 'got an invalid value');
  if (!excerpts) return cut.replace(VALUE_AFTER_CUE, '$1…');
  return cut.replace(QUOTED, (whole, inner: string) =>
    inner.length <= EXCERPT_LENGTH ? whole : `"${excerpt(inner)}"`,
  );
}

/**
 * A value graphql-js or our validators print after "value", "found" or "got" (`non 32-bit signed integer value:
 * 99999999999`, `found "2013-02-30"`, `Value "NOPE" does not exist`); type names ("of type \"Date\"") are kept.
 */
const VALUE_AFTER_CUE = /(\b(?:value|found|got):?\s+)(?:"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*)/gi;
