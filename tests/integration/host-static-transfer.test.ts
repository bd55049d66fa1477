/**
 * What a phone downloads from the participant door: the build's precompressed copy it accepts
 * (brotli, then gzip, else the file as it is), validators on every file, a 304 with no body for
 * a revisit whose copy is current, and the security headers on every answer.
 */
import { readFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../e2e/participant-harness.js';
import { startTestHost, type TestHost } from './host-test-kit.js';

const APP_DIR = join(REPO_ROOT, 'dist/renderer/participant');
const PHONE_ENCODINGS = 'gzip, deflate, br, zstd';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded(reply: Reply): Buffer {
  const coding = reply.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(reply.body);
  if (coding === 'gzip') return gunzipSync(reply.body);
  return reply.body;
}

describe('the phone app over the participant door', () => {
  let t: TestHost;
  let port: number;

  beforeAll(async () => {
    t = await startTestHost();
    port = t.host.participantPort;
  });
  afterAll(() => t?.stop());

  it('sends a first visit as brotli within 100 KB, and every file decodes to the build', async () => {
    const page = await get(port, '/', { 'Accept-Encoding': PHONE_ENCODINGS });
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['vary']).toBe('Accept-Encoding');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const html = decoded(page).toString('utf8');
    expect(html).toBe(readFileSync(join(APP_DIR, 'index.html'), 'utf8'));

    const assets = [...html.matchAll(/(?:src|href)="(?:\.?\/)?(assets\/[^"]+)"/g)].map(
      (m) => `/${m[1]!}`,
    );
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    let bytes = page.body.length;
    for (const path of assets) {
      const reply = await get(port, path, { 'Accept-Encoding': PHONE_ENCODINGS });
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-encoding'], path).toBe('br');
      expect(reply.headers['cache-control'], path).toContain('immutable');
      expect(decoded(reply).equals(readFileSync(join(APP_DIR, path))), path).toBe(true);
      bytes += reply.body.length;
    }
    expect(bytes).toBeLessThanOrEqual(100 * 1024);
  });

  it('answers a revisit with 304 and no body, by ETag or by date', async () => {
    const first = await get(port, '/', { 'Accept-Encoding': PHONE_ENCODINGS });
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = first.headers['etag']!;
    const byTag = await get(port, '/', {
      'Accept-Encoding': PHONE_ENCODINGS,
      'If-None-Match': etag,
    });
    expect(byTag.status).toBe(304);
    expect(byTag.body.length).toBe(0);
    expect(byTag.headers['content-security-policy']).toContain("default-src 'self'");
    const byDate = await get(port, '/', {
      'Accept-Encoding': PHONE_ENCODINGS,
      'If-Modified-Since': first.headers['last-modified']!,
    });
    expect(byDate.status).toBe(304);
    const changed = await get(port, '/', {
      'Accept-Encoding': PHONE_ENCODINGS,
      'If-None-Match': '"not-this-one"',
    });
    expect(changed.status).toBe(200);
  });

  it('falls back to gzip, then to the plain file, as the browser accepts', async () => {
    const plain = readFileSync(join(APP_DIR, 'index.html'));
    const gzip = await get(port, '/', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip).equals(plain)).toBe(true);
    const noBrotli = await get(port, '/', { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(noBrotli.headers['content-encoding']).toBe('gzip');
    const none = await get(port, '/');
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.equals(plain)).toBe(true);
    // A copy cached as brotli is not current for a browser that gets gzip.
    expect(gzip.headers['etag']).not.toBe(none.headers['etag']);
  });

  it('never serves the compressed copies as files of their own', async () => {
    expect((await get(port, '/index.html.br')).status).toBe(404);
    expect((await get(port, '/index.html.gz')).status).toBe(404);
  });
});
