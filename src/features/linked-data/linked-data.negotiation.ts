import Negotiator from 'negotiator';

/**
 * The media type to answer with, from an Accept header and the types offered (in the order preferred when the client
 * accepts several equally), or undefined when none is acceptable. q-values count; other parameters of an accepted
 * type are ignored (`application/ld+json;profile="…#compacted"` is JSON-LD, `text/turtle;charset=utf-8` Turtle),
 * since
 * strict matching would refuse the profiles JSON-LD clients send. No header accepts anything.
 */
export function chooseMediaType(accept: string | undefined, offered: readonly string[]): string | undefined {
  const cleaned = accept === undefined ? undefined : withoutTypeParameters(accept);
  return new Negotiator({ headers: cleaned === undefined ? {} : { accept: cleaned } }).mediaType([...offered]);
}

/** An Accept header with each media range's parameters dropped except its q-value (at most 50 ranges read). */
export function withoutTypeParameters(accept: string): string {
  return accept
    .split(',')
    .slice(0, 50)
    .map((range) => {
      const [type, ...params] = range.split(';').map((part) => part.trim());
      const q = params.find((param) => /^q\s*=/i.test(param));
      return q ? `${type};${q}` : type;
    })
    .join(', ');
}
