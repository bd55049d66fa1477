import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileSync as writeFileAtomic } from 'atomically';
import type { RefusalReason } from '../../shared/protocol/refusal-reasons.js';
import { idSchema } from '../../shared/template/step-schema.js';
import { describeWriteError } from './describe-write-error.js';

/** Half-finished edits are kept as the counselor types, so a crash or a closed window loses nothing. */
export interface WorkshopDraft {
  templateId: string;
  savedAt: number;
  /** The editor's form as it was: it may not be a valid workshop yet. */
  workshop: unknown;
}

export interface WorkshopDrafts {
  put(draft: WorkshopDraft): { ok: true } | { ok: false; message: string; reason?: RefusalReason };
  get(templateId: string): WorkshopDraft | undefined;
  list(): { templateId: string; savedAt: number }[];
  discard(templateId: string): void;
}

/** A draft is a workshop being typed: far below this, and anything larger is not one. */
export const MAX_DRAFT_BYTES = 2 * 1024 * 1024;

export function createWorkshopDrafts(dir: string): WorkshopDrafts {
  const pathOf = (templateId: string) => join(dir, `${templateId}.json`);
  const read = (templateId: string): WorkshopDraft | undefined => {
    try {
      const draft = JSON.parse(readFileSync(pathOf(templateId), 'utf8')) as WorkshopDraft;
      return draft.templateId === templateId && typeof draft.savedAt === 'number'
        ? draft
        : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    put(draft) {
      if (!idSchema.safeParse(draft.templateId).success) {
        return { ok: false, message: 'A draft needs a valid workshop id.' };
      }
      const text = JSON.stringify(draft);
      if (Buffer.byteLength(text) > MAX_DRAFT_BYTES) {
        return {
          ok: false,
          message: 'This draft is too large to keep (over 2 MB).',
          reason: { kind: 'draftTooLarge', maxBytes: MAX_DRAFT_BYTES },
        };
      }
      try {
        mkdirSync(dir, { recursive: true });
        writeFileAtomic(pathOf(draft.templateId), text, 'utf8');
        return { ok: true };
      } catch (error) {
        return { ok: false, message: `The draft could not be kept: ${describeWriteError(error)}` };
      }
    },
    get(templateId) {
      return idSchema.safeParse(templateId).success ? read(templateId) : undefined;
    },
    list() {
      let names: string[];
      try {
        names = readdirSync(dir).filter((name) => name.endsWith('.json'));
      } catch {
        return [];
      }
      return names.flatMap((name) => {
        const draft = read(name.slice(0, -'.json'.length));
        return draft ? [{ templateId: draft.templateId, savedAt: draft.savedAt }] : [];
      });
    },
    discard(templateId) {
      if (idSchema.safeParse(templateId).success) rmSync(pathOf(templateId), { force: true });
    },
  };
}
