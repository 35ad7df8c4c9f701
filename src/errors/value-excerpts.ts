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
 * {@link EXCERPT_LENGTH} is cut to an excerpt, or, with `excerpts: false`, left out (`"…"`), for a second place that
 * would repeat it (`extensions.fields[].reason` beside the message).
 */
export function withoutEchoedValues(message: string, excerpts = true): string {
  return message
    .replace(WHOLE_VALUE, 'got an invalid value')
    .replace(QUOTED, (whole, inner: string) => (inner.length <= EXCERPT_LENGTH ? whole : excerpts ? `"${excerpt(inner)}"` : '"…"'));
}
