import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import {
  acceptedCodings,
  isNotModified,
  suffixFor,
  type ContentCoding,
} from './content-negotiation.js';
import { sendText } from './security-headers.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves one file from `root` for `urlPath`, or answers 404. Never lists a directory, never leaves
 * the root (also not through symlinks), never serves dotfiles, source maps or unknown file types.
 * Sends the build's precompressed copy the browser accepts (brotli, then gzip) and answers a
 * revisit whose copy is current with 304, so a phone on the room's Wi-Fi downloads little.
 */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  urlPath: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendText(res, 405, 'Method not allowed.');
    return;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    sendText(res, 400, 'Bad path.');
    return;
  }
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (decoded.includes('\0') || decoded.includes('\\') || segments.some((s) => s.startsWith('.'))) {
    sendText(res, 404, 'Not found.');
    return;
  }
  const wantsIndex = decoded.endsWith('/');
  const relative = normalize(segments.join(sep));
  let file = wantsIndex ? join(root, relative, 'index.html') : join(root, relative);
  const realRoot = await realpath(root);
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      // A folder without its slash: send the browser to it so relative asset paths resolve.
      const query = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
      res.statusCode = 308;
      res.setHeader('Location', `${urlPath}/${query}`);
      res.end();
      return;
    }
    file = await realpath(file);
    info = await stat(file);
    const type = CONTENT_TYPES[extname(file).toLowerCase()];
    if (!info.isFile() || !type || !(file === realRoot || file.startsWith(realRoot + sep))) {
      sendText(res, 404, 'Not found.');
      return;
    }
    const { coding, size, path } = await bestCopy(req, file, info.size);
    // One validator per copy: a gzip copy must not satisfy a cache that holds the brotli one.
    const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}-${coding}"`;
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('ETag', etag);
    res.setHeader('Last-Modified', info.mtime.toUTCString());
    // Vite names built assets by content hash, so those can be cached for good.
    const hashed = /[-.][A-Za-z0-9_-]{8,}\.(js|css|woff2?|png|svg|jpg|webp)$/.test(file);
    res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (isNotModified(req, etag, info.mtime)) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.statusCode = 200;
    res.setHeader('Content-Type', type);
    if (coding !== 'identity') res.setHeader('Content-Encoding', coding);
    res.setHeader('Content-Length', size);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(path);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  } catch {
    sendText(res, 404, 'Not found.');
  }
}

/** The smallest copy of `file` that the request accepts and the build wrote. */
async function bestCopy(
  req: IncomingMessage,
  file: string,
  plainSize: number,
): Promise<{ coding: ContentCoding; size: number; path: string }> {
  for (const coding of acceptedCodings(req)) {
    if (coding === 'identity') break;
    const path = file + suffixFor(coding);
    const copy = await stat(path).catch(() => null);
    if (copy?.isFile()) return { coding, size: copy.size, path };
  }
  return { coding: 'identity', size: plainSize, path: file };
}
