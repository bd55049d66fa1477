import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { RefusalReason } from '../../shared/protocol/refusal-reasons.js';
import type { Template } from '../../shared/template/template-schema.js';
import { checkTemplateImage, imagePathProblem, MAX_IMAGE_BYTES } from './template-images.js';

/**
 * One file that carries a workshop and its pictures, so it can be handed to a colleague: the
 * workshop's YAML as written (comments included) and each info step's image as base64.
 */
export const BUNDLE_FORMAT = 'circlework-workshop';
export const BUNDLE_VERSION = 1;
export const BUNDLE_EXTENSION = '.circlework';

const MAX_IMAGES = 60;
const base64Image = z
  .string()
  .max(Math.ceil(MAX_IMAGE_BYTES / 3) * 4, 'an image is larger than 2 MB')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'an image is not valid base64');

const bundleHeaderSchema = z.object({ format: z.literal(BUNDLE_FORMAT), version: z.number() });

const bundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  workshop: z.string().min(1).max(1_000_000),
  images: z
    .record(z.string(), base64Image)
    .refine((images) => Object.keys(images).length <= MAX_IMAGES, 'too many images')
    .default({}),
});

export type Bundle = z.infer<typeof bundleSchema>;

export type UnpackedBundle =
  | { ok: true; workshopText: string; images: Map<string, Buffer> }
  | { ok: false; message: string; reason?: RefusalReason };

/** The bundle of a workshop whose file is `text` in `dir`; only images that pass the loader's check travel. */
export function packBundle(text: string, template: Template, dir: string): string {
  const images: Record<string, string> = {};
  for (const step of template.steps) {
    if (step.kind !== 'info' || step.image === undefined) continue;
    const check = checkTemplateImage(dir, step.image);
    if (check.ok) images[step.image] = readFileSync(check.path).toString('base64');
  }
  const bundle: Bundle = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, workshop: text, images };
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/** Reads a bundle; a file from a newer Circlework or with fields this one does not know says so. */
export function unpackBundle(content: string): UnpackedBundle {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return {
      ok: false,
      message: 'This is not a Circlework workshop file (it is not valid JSON).',
      reason: { kind: 'bundleNotWorkshop' },
    };
  }
  const header = bundleHeaderSchema.safeParse(json);
  if (!header.success) {
    return {
      ok: false,
      message: 'This is not a Circlework workshop file.',
      reason: { kind: 'bundleNotWorkshop' },
    };
  }
  if (header.data.version > BUNDLE_VERSION) {
    return {
      ok: false,
      message: `This workshop file was made by a newer version of Circlework (file version ${header.data.version}; this one reads version ${BUNDLE_VERSION}). Update Circlework to open it; nothing was imported.`,
      reason: {
        kind: 'bundleNewer',
        fileVersion: header.data.version,
        readsVersion: BUNDLE_VERSION,
      },
    };
  }
  const parsed = bundleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
    return {
      ok: false,
      message: `This workshop file cannot be read${where}: ${issue.message}. Nothing was imported.`,
    };
  }
  const images = new Map<string, Buffer>();
  for (const [path, data] of Object.entries(parsed.data.images)) {
    const problem = imagePathProblem(path);
    if (problem)
      return { ok: false, message: `Image "${path}": ${problem}. Nothing was imported.` };
    images.set(path, Buffer.from(data, 'base64'));
  }
  return { ok: true, workshopText: parsed.data.workshop, images };
}
