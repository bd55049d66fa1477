/**
 * What the host really sends a phone: the page and everything it loads, asked for with a phone's
 * headers, counted as bytes read off the socket (status line, headers and body as sent). A revisit
 * asks again only for what the browser may not reuse, with the validators it would send.
 */
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';

/** Mobile Chrome's request headers that change what a server sends. */
const PHONE_HEADERS = {
  'User-Agent':
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  'Accept-Encoding': 'gzip, deflate, br, zstd',
  'Accept-Language': 'en-US,en;q=0.9',
};

interface Fetched {
  path: string;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Body as it came over the wire (still compressed if the host compressed it). */
  body: Buffer;
  /** Everything read from the socket for this response. */
  wireBytes: number;
}

export interface VisitFigures {
  requests: number;
  /** Of those, answered 304 Not Modified. */
  notModified: number;
  wireBytes: number;
  bodyBytes: number;
  /** The same bodies gzip-compressed (level 6, as a compressing server would send them). */
  gzipBodyBytes: number;
}

export interface TransferFigures {
  first: VisitFigures;
  revisit: VisitFigures;
  /** Content-Encoding the host answered with (none = identity). */
  encodings: string[];
  /** Validators (ETag, Last-Modified) the host sent; without them a revisit re-downloads. */
  validators: string[];
}

/** One request on its own connection, so the socket's byte count is this response alone. */
function fetchRaw(origin: string, path: string, extra: Record<string, string> = {}) {
  const url = new URL(path, origin);
  return new Promise<Fetched>((resolve, reject) => {
    const req = request(
      url,
      { agent: false, headers: { ...PHONE_HEADERS, ...extra, Connection: 'close' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const socket = res.socket;
          const done = () =>
            resolve({
              path,
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks),
              wireBytes: socket.bytesRead,
            });
          if (socket.closed) done();
          else socket.once('close', done);
        });
        res.on('error', reject);
      },
    );
    req.setTimeout(15_000, () => req.destroy(new Error(`GET ${path} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

/** Every same-origin URL the page makes the browser load: scripts, styles, preloads, icons. */
function linkedFrom(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)="([^"]+)"/g)) {
    const url = match[1] as string;
    if (!/^(data:|https?:|\/\/)/.test(url)) found.add(url);
  }
  return [...found];
}

/** url(...) references in a stylesheet (fonts, pictures). */
function linkedFromCss(css: string): string[] {
  return [...css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)]
    .map((m) => m[1] as string)
    .filter((url) => !/^(data:|https?:|\/\/|#)/.test(url));
}

function header(f: Fetched, name: string): string | undefined {
  const value = f.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The body as the browser reads it, after undoing the host's Content-Encoding. */
function decodedText(f: Fetched): string {
  const coding = header(f, 'content-encoding');
  const body =
    coding === 'br'
      ? brotliDecompressSync(f.body)
      : coding === 'gzip'
        ? gunzipSync(f.body)
        : f.body;
  return body.toString('utf8');
}

/** What a browser may reuse from its cache without asking (fresh under max-age, not no-cache). */
function reusedWithoutAsking(f: Fetched): boolean {
  const cache = header(f, 'cache-control') ?? '';
  if (/no-cache|no-store/.test(cache)) return false;
  const maxAge = /max-age=(\d+)/.exec(cache);
  return maxAge !== null && Number(maxAge[1]) > 0;
}

function visit(fetched: Fetched[]): VisitFigures {
  return {
    requests: fetched.length,
    notModified: fetched.filter((f) => f.status === 304).length,
    wireBytes: fetched.reduce((sum, f) => sum + f.wireBytes, 0),
    bodyBytes: fetched.reduce((sum, f) => sum + f.body.length, 0),
    gzipBodyBytes: fetched.reduce(
      (sum, f) => sum + (f.body.length === 0 ? 0 : gzipSync(decodedText(f), { level: 6 }).length),
      0,
    ),
  };
}

/** A phone opening the join link (`/?code=…`) for the first time, then again later. */
export async function measureTransfer(origin: string, roomCode: string): Promise<TransferFigures> {
  const pagePath = `/?code=${roomCode}`;
  const page = await fetchRaw(origin, pagePath);
  if (page.status !== 200) throw new Error(`the join page answered ${page.status}`);
  const first: Fetched[] = [page];
  const queue = linkedFrom(decodedText(page)).map((u) => new URL(u, origin + '/').href);
  const seen = new Set(queue);
  while (queue.length > 0) {
    const url = new URL(queue.shift() as string);
    const fetched = await fetchRaw(origin, url.pathname + url.search);
    first.push(fetched);
    if (/text\/css/.test(header(fetched, 'content-type') ?? '')) {
      for (const ref of linkedFromCss(decodedText(fetched))) {
        const next = new URL(ref, url).href;
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
  }
  const validators = new Set<string>();
  const revisit: Fetched[] = [];
  for (const f of first) {
    const etag = header(f, 'etag');
    const modified = header(f, 'last-modified');
    if (etag) validators.add('ETag');
    if (modified) validators.add('Last-Modified');
    if (reusedWithoutAsking(f)) continue;
    revisit.push(
      await fetchRaw(origin, f.path, {
        ...(etag ? { 'If-None-Match': etag } : {}),
        ...(modified ? { 'If-Modified-Since': modified } : {}),
      }),
    );
  }
  return {
    first: visit(first),
    revisit: visit(revisit),
    encodings: [...new Set(first.map((f) => header(f, 'content-encoding') ?? 'identity'))],
    validators: [...validators],
  };
}
