import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RefusalReason } from '../../shared/protocol/refusal-reasons.js';
import { checkTemplateImage, MAX_IMAGE_BYTES } from './template-images.js';

export type StoredStepImage =
  { ok: true; image: string } | { ok: false; message: string; reason?: RefusalReason };

/** Step ids and the images folder (`<workshop id>-images`): plain names, never a path. */
const STEP_ID = /^[a-z0-9][a-z0-9-]{0,70}$/;
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

function extensionOf(data: Buffer): '.png' | '.jpg' | null {
  if (PNG_MAGIC.every((byte, i) => data[i] === byte)) return '.png';
  if (JPEG_MAGIC.every((byte, i) => data[i] === byte)) return '.jpg';
  return null;
}

/**
 * A picture chosen in the editor for an info step, written into the workshop's own images folder
 * under a name made from its content: a file a running session or a saved version points at is
 * never overwritten. The written file passes the loader's own check before its path is handed out.
 */
export function storeStepImage(
  ownDir: string,
  imagesFolder: string,
  stepId: string,
  data: Buffer,
): StoredStepImage {
  if (!STEP_ID.test(stepId) || !STEP_ID.test(imagesFolder)) {
    return { ok: false, message: 'That step cannot hold a picture.' };
  }
  if (data.length > MAX_IMAGE_BYTES) {
    const mb = (data.length / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      message: `The picture is ${mb} MB; at most 2 MB, please make it smaller.`,
      reason: { kind: 'pictureTooLarge', bytes: data.length, maxBytes: MAX_IMAGE_BYTES },
    };
  }
  const extension = extensionOf(data);
  if (!extension) {
    return {
      ok: false,
      message: 'The file is not a PNG or JPEG picture.',
      reason: { kind: 'pictureNotImage' },
    };
  }
  const hash = createHash('sha256').update(data).digest('hex').slice(0, 10);
  const image = `${imagesFolder}/${stepId}-${hash}${extension}`;
  try {
    mkdirSync(join(ownDir, imagesFolder), { recursive: true });
    writeFileSync(join(ownDir, ...image.split('/')), data);
  } catch {
    return { ok: false, message: 'The picture could not be written to the workshops folder.' };
  }
  const check = checkTemplateImage(ownDir, image);
  return check.ok ? { ok: true, image } : { ok: false, message: check.message };
}
