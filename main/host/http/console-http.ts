import { existsSync, readFileSync } from 'node:fs';
import { withAbuseHelpline } from '../../../shared/session/support-text.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { isPrintLayout, renderGuidePdf, renderHandoutPdf } from '../../exports/index.js';
import type { PdfWorker } from '../../exports/pdf-worker.js';
import { resultsCsv } from '../../../shared/privacy/results-csv.js';
import type { SettingsStore } from '../../settings/settings-store.js';
import type { TemplateLibrary } from '../../templates/template-library-types.js';
import type { Logger } from '../logger.js';
import { sameSecret } from '../session/ids.js';
import { monthOf } from '../session/session-history.js';
import type { LiveRoom } from '../session/live-room.js';
import type { SessionArchive } from '../session/session-archive.js';
import { BUILD_MISSING_TEXT } from './check-page.js';
import { sendCsv } from './send-csv.js';
import { sendPdf } from './send-pdf.js';
import { sendStepImage } from './send-step-image.js';
import { sendText, setSecurityHeaders } from './security-headers.js';
import { serveStatic } from './static-files.js';

const EXPORT_ROUTE = /^\/api\/exports\/(results|handout|guide)\/([A-Za-z0-9_-]{1,64})\.pdf$/;
/** The same anonymized results as the report, as a spreadsheet (issue 13). */
const RESULTS_CSV_ROUTE = /^\/api\/exports\/results\/([A-Za-z0-9_-]{1,64})\.csv$/;
/** Library previews: any workshop's step picture. */
const TEMPLATE_MEDIA_ROUTE =
  /^\/api\/templates\/([a-z0-9][a-z0-9-]{0,59})\/media\/([a-z0-9][a-z0-9-]{0,59})$/;
/** The projector: a picture of the open session's frozen workshop. */
const SESSION_MEDIA_ROUTE = /^\/api\/session\/media\/([a-z0-9][a-z0-9-]{0,59})$/;

export interface ConsoleHttpOptions {
  appDir: string;
  token: string;
  /** The projector's read-only token: the session's step images, nothing else. */
  projectorToken: string;
  port: () => number;
  room: LiveRoom;
  archive: SessionArchive;
  library: TemplateLibrary;
  settings: SettingsStore;
  log: Logger;
  /** Session reports render here, off the loop that acknowledges answers. */
  pdfWorker: PdfWorker;
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
  const { appDir, room, archive, library, settings, log } = options;
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
      const csv = RESULTS_CSV_ROUTE.exec(path);
      if (csv && (req.method === 'GET' || req.method === 'HEAD')) {
        const session = await archive.loadSession(csv[1]!);
        if (!session) {
          sendText(res, 404, 'There is no such session (it may have been deleted).');
          return;
        }
        sendCsv(res, `circlework-results-${monthOf(session.createdAt)}.csv`, resultsCsv(session));
        return;
      }
      const match = EXPORT_ROUTE.exec(path);
      if (!match || (req.method !== 'GET' && req.method !== 'HEAD')) {
        sendText(res, 404, 'Not found.');
        return;
      }
      const [, kind, id] = match as unknown as [string, string, string];
      const paperSize = settings.get().paperSize;
      if (kind === 'results') {
        const session = await archive.loadSession(id);
        if (!session) {
          sendText(res, 404, 'There is no such session (it may have been deleted).');
          return;
        }
        const fileName = `circlework-results-${monthOf(session.createdAt)}.pdf`;
        await sendPdf(res, fileName, log, () =>
          options.pdfWorker.render('renderResultsPdf', session, {
            paperSize,
            support: session.settings.support,
          }),
        );
        return;
      }
      const template = library.get(id);
      if (!template) {
        sendText(res, 404, `There is no workshop "${id}".`);
        return;
      }
      const roomSettings = settings.get();
      const support = withAbuseHelpline(roomSettings).support;
      // The console's print choice: standard, print-saver or large print (issue 20).
      const requested = url.searchParams.get('layout');
      const layout = isPrintLayout(requested) ? requested : 'standard';
      const contacts = {
        crisisLine: roomSettings.crisisLine,
        abuseHelpline: roomSettings.abuseHelpline,
        counselorContact: roomSettings.counselorContact,
      };
      const stepImage = (stepId: string) => {
        const file = library.stepImage(template, stepId);
        return file ? readFileSync(file.path) : undefined;
      };
      const suffix = layout === 'standard' ? '' : `-${layout}`;
      await sendPdf(res, `${id}-${kind}${suffix}.pdf`, log, () =>
        kind === 'handout'
          ? renderHandoutPdf(template, { paperSize, support, stepImage, layout, contacts })
          : renderGuidePdf(template, { paperSize, support, layout }),
      );
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
