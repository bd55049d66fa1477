import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { LiveRoom } from '../session/live-room.js';
import type { TemplateLibrary } from '../../templates/template-library-types.js';
import {
  BUILD_MISSING_TEXT,
  CHECK_CSS_PATH,
  CHECK_PAGE_CSS,
  CHECK_PAGE_HTML,
  CHECK_PATH,
} from './check-page.js';
import { PARTICIPANT_MEDIA_ROUTE, sendStepImage } from './send-step-image.js';
import { sendText, setSecurityHeaders } from './security-headers.js';
import { serveStatic } from './static-files.js';

/** The old clear takeaway download; answers 410 Gone. */
export const TAKEAWAY_PATH = '/api/takeaway.pdf';
export const GONE_TAKEAWAY =
  'Takeaways are no longer sent in the clear. Reload the session page on your phone and tap the takeaway button again.';

export interface ParticipantHttpOptions {
  appDir: string;
  room: LiveRoom;
  library: TemplateLibrary;
}

/**
 * The LAN door's plain HTTP: the phone app, the network test page and the pictures of the open
 * session's workshop. Everything personal goes over the sealed socket instead.
 */
export function participantRequestHandler(options: ParticipantHttpOptions) {
  const { appDir, room, library } = options;
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
      await sendStepImage(req, res, library, room.live?.committed.template, media[1]!);
      return;
    }
    if (path === TAKEAWAY_PATH) {
      // Takeaways come through the phone's sealed connection now: a clear download carried the
      // resume token and the private worksheet across the Wi-Fi readable.
      sendText(res, 410, GONE_TAKEAWAY);
      return;
    }
    if (!existsSync(join(appDir, 'index.html'))) {
      sendText(res, 503, BUILD_MISSING_TEXT);
      return;
    }
    await serveStatic(req, res, appDir, path);
  };
}
