import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import type { SessionManager } from '../session/session-manager.js';
import type { SettingsStore } from '../../settings/settings-store.js';
import type { TemplateLibrary } from '../../templates/template-library-types.js';
import { renderTakeawayPdf } from '../../exports/index.js';
import {
  BUILD_MISSING_TEXT,
  CHECK_CSS_PATH,
  CHECK_PAGE_CSS,
  CHECK_PAGE_HTML,
  CHECK_PATH,
} from './check-page.js';
import { RenderQueue } from './render-queue.js';
import { sendPdf } from './send-pdf.js';
import { PARTICIPANT_MEDIA_ROUTE, sendStepImage } from './send-step-image.js';
import { sendText, setSecurityHeaders } from './security-headers.js';
import { serveStatic } from './static-files.js';

export const TAKEAWAY_PATH = '/api/takeaway.pdf';

export interface ParticipantHttpOptions {
  appDir: string;
  manager: SessionManager;
  settings: SettingsStore;
  library: TemplateLibrary;
  log: Logger;
}

/**
 * The LAN door: the phone app, the network test page, a participant's own takeaway and the
 * pictures of the open session's workshop.
 */
export function participantRequestHandler(options: ParticipantHttpOptions) {
  const { appDir, manager, settings, library, log } = options;
  const takeaways = new RenderQueue(2, 50);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    setSecurityHeaders(res);
    const path = new URL(req.url ?? '/', 'http://door').pathname;
    if (path === CHECK_PATH || path === CHECK_CSS_PATH) {
      res.statusCode = 200;
      res.setHeader('Cache-Control', 'no-store');
      const css = path === CHECK_CSS_PATH;
      res.setHeader('Content-Type', css ? 'text/css; charset=utf-8' : 'text/html; charset=utf-8');
      res.end(req.method === 'HEAD' ? undefined : css ? CHECK_PAGE_CSS : CHECK_PAGE_HTML);
      return;
    }
    const media = PARTICIPANT_MEDIA_ROUTE.exec(path);
    if (media) {
      await sendStepImage(req, res, library, manager.live?.committed.template, media[1]!);
      return;
    }
    if (path === TAKEAWAY_PATH) {
      const token = req.headers['x-resume-token'];
      if (typeof token !== 'string' || token.length < 16 || token.length > 128) {
        sendText(res, 401, 'Your takeaway needs the link from your phone’s session page.');
        return;
      }
      const found = manager.takeawayFor(token);
      if (!found) {
        sendText(res, 404, 'This phone has no takeaway in the open session.');
        return;
      }
      const { state } = found;
      const queued = takeaways.run(() =>
        renderTakeawayPdf(state, found.participantId, {
          paperSize: settings.get().paperSize,
          support: state.settings.support,
          // The phone asks for a copy without its own answers with this header (issue 21).
          ownAnswers: req.headers['x-takeaway-own-answers'] !== 'no',
          // …and for large print with this one (issue 20).
          layout: req.headers['x-takeaway-layout'] === 'large' ? 'large' : 'standard',
          contacts: {
            crisisLine: state.settings.crisisLine,
            abuseHelpline: state.settings.abuseHelpline,
            counselorContact: state.settings.counselorContact,
          },
        }),
      );
      if (!queued) {
        res.setHeader('Retry-After', '5');
        sendText(
          res,
          503,
          'Many takeaways are being made right now. Please try again in a moment.',
        );
        return;
      }
      await sendPdf(res, 'circlework-takeaway.pdf', log, () => queued);
      if (res.statusCode === 200) manager.takeawayFetched(state.id, found.participantId);
      return;
    }
    if (!existsSync(join(appDir, 'index.html'))) {
      sendText(res, 503, BUILD_MISSING_TEXT);
      return;
    }
    await serveStatic(req, res, appDir, path);
  };
}
