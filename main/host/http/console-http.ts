import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { sameSecret } from '../session/ids.js';
import type { LiveRoom } from '../session/live-room.js';
import { BUILD_MISSING_TEXT } from './check-page.js';
import { sendExport, type ConsoleExportDeps } from './console-exports.js';
import { sendStepImage } from './send-step-image.js';
import { sendText, setSecurityHeaders } from './security-headers.js';
import { serveStatic } from './static-files.js';

/** Library previews: any workshop's step picture. */
const TEMPLATE_MEDIA_ROUTE =
  /^\/api\/templates\/([a-z0-9][a-z0-9-]{0,59})\/media\/([a-z0-9][a-z0-9-]{0,59})$/;
/** The projector: a picture of the open session's frozen workshop. */
const SESSION_MEDIA_ROUTE = /^\/api\/session\/media\/([a-z0-9][a-z0-9-]{0,59})$/;

export interface ConsoleHttpOptions extends ConsoleExportDeps {
  appDir: string;
  token: string;
  /** The projector's read-only token: the session's step images, nothing else. */
  projectorToken: string;
  port: () => number;
  room: LiveRoom;
}

export const PROJECTOR_TOKEN_ROUTE = '/api/projector-token';

/** Loopback only; a page fetched through another host name (DNS rebinding) is refused. */
export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

/**
 * A browser names the page behind every socket handshake and cross-site request in `Origin`;
 * only the console door's own pages (which is also where the desktop app loads them) may use it.
 * No `Origin` at all is a top-level navigation or a program, not another site's script, and
 * still needs the token; "null" (sandboxed frames, file: pages) is refused.
 */
export function isConsoleOrigin(origin: string | undefined, port: number): boolean {
  return (
    origin === undefined ||
    origin === `http://127.0.0.1:${port}` ||
    origin === `http://localhost:${port}`
  );
}

/** The counselor's door: console and projector apps, and the exports behind the token. */
export function consoleRequestHandler(options: ConsoleHttpOptions) {
  const { appDir, room, library } = options;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    setSecurityHeaders(res);
    if (!isLoopbackHost(req.headers.host, options.port())) {
      sendText(res, 421, 'The console answers on 127.0.0.1 only.');
      return;
    }
    if (!isConsoleOrigin(req.headers.origin, options.port())) {
      sendText(res, 403, 'The console answers its own pages only.');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://door');
    const path = url.pathname;
    if (path.startsWith('/api/')) {
      const token = url.searchParams.get('token') ?? req.headers['x-console-token'];
      const given = typeof token === 'string' ? token : '';
      const sessionMedia = SESSION_MEDIA_ROUTE.exec(path);
      if (sessionMedia && sameSecret(given, options.projectorToken)) {
        await sendStepImage(req, res, library, room.live?.committed.template, sessionMedia[1]!);
        return;
      }
      if (!sameSecret(given, options.token)) {
        sendText(res, 401, 'This link needs the console token; open it from the console.');
        return;
      }
      if (path === PROJECTOR_TOKEN_ROUTE) {
        // The console builds the projector link from this; the console token never leaves it.
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify({ token: options.projectorToken }));
        return;
      }
      const templateMedia = TEMPLATE_MEDIA_ROUTE.exec(path);
      if (templateMedia) {
        const [, templateId, stepId] = templateMedia as unknown as [string, string, string];
        await sendStepImage(req, res, library, library.get(templateId), stepId);
        return;
      }
      if (sessionMedia) {
        const template = room.live?.committed.template;
        await sendStepImage(req, res, library, template, sessionMedia[1]!);
        return;
      }
      await sendExport(req, res, url, options);
      return;
    }
    if (path === '/') {
      res.statusCode = 302;
      res.setHeader('Location', `/console/${url.search}`);
      res.end();
      return;
    }
    if (!existsSync(join(appDir, 'console', 'index.html'))) {
      sendText(res, 503, BUILD_MISSING_TEXT);
      return;
    }
    await serveStatic(req, res, appDir, path);
  };
}
