import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Template } from '../../../shared/template/template-schema.js';
import type { TemplateLibrary } from '../../templates/template-library-types.js';
import { sendText } from './security-headers.js';

/** `/media/<stepId>` on the participant door; the console door's routes end the same way. */
export const PARTICIPANT_MEDIA_ROUTE = /^\/media\/([a-z0-9][a-z0-9-]{0,59})$/;

/**
 * Sends the image of one info step of `template`, or 404. Only a file the library resolves for
 * that step (checked again now: inside the workshop's folder, PNG or JPEG by its bytes, ≤ 2 MB)
 * can be sent, so no other file is reachable through this route.
 */
export async function sendStepImage(
  req: IncomingMessage,
  res: ServerResponse,
  library: TemplateLibrary,
  template: Template | undefined,
  stepId: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendText(res, 405, 'Method not allowed.');
    return;
  }
  const image = template ? library.stepImage(template, stepId) : undefined;
  if (!image) {
    sendText(res, 404, 'Not found.');
    return;
  }
  let size: number;
  try {
    size = (await stat(image.path)).size;
  } catch {
    sendText(res, 404, 'Not found.');
    return;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', image.contentType);
  res.setHeader('Content-Length', size);
  // Not `public`: the picture belongs to the counselor's workshop, not to shared caches.
  res.setHeader('Cache-Control', 'private, max-age=3600');
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(image.path);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
