import type { IncomingMessage } from 'node:http';

export type ContentCoding = 'br' | 'gzip' | 'identity';

const SUFFIX: Record<ContentCoding, string> = { br: '.br', gzip: '.gz', identity: '' };

/** The file suffix of a precompressed copy (scripts/precompress.ts). */
export function suffixFor(coding: ContentCoding): string {
  return SUFFIX[coding];
}

/**
 * The codings a request accepts, best first (brotli, then gzip, then the file as it is).
 * `q=0` refuses a coding; identity is always acceptable, as HTTP allows.
 */
export function acceptedCodings(req: IncomingMessage): ContentCoding[] {
  const header = req.headers['accept-encoding'];
  const accepted = new Set<string>();
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  const wildcard = accepted.has('*');
  const compressed = (['br', 'gzip'] as const).filter((c) => accepted.has(c) || wildcard);
  return [...compressed, 'identity'];
}

/** True when the browser's cached copy is still current, so a 304 with no body will do. */
export function isNotModified(req: IncomingMessage, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    return ifNoneMatch
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .some((tag) => tag === etag || tag === '*');
  }
  const ifModifiedSince = req.headers['if-modified-since'];
  if (ifModifiedSince === undefined) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}
