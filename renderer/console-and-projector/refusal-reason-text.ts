import type { RefusalReason, SessionFileProblem } from '../../shared/protocol/refusal-reasons.js';
import { roomLocale, t } from './i18n/translate.js';

const SESSION_FILE_KEYS = {
  missing: 'reply.reason.sessionFile.missing',
  damaged: 'reply.reason.sessionFile.damaged',
  'other-key': 'reply.reason.sessionFile.otherKey',
  'too-large': 'reply.reason.sessionFile.tooLarge',
  unknown: 'reply.reason.sessionFile.unknown',
} as const satisfies Record<SessionFileProblem, string>;

/** Why a stored session cannot be opened and what the counselor can do, in their language. */
export function sessionFileProblemText(problem: SessionFileProblem): string | undefined {
  return Object.hasOwn(SESSION_FILE_KEYS, problem) ? t(SESSION_FILE_KEYS[problem]) : undefined;
}

/** 2.3, in the console's language. */
function megabytes(bytes: number): string {
  const format = new Intl.NumberFormat(roomLocale(), { maximumFractionDigits: 1 });
  return format.format(bytes / 1024 / 1024);
}

/**
 * The host's own English sentence on an English console (it is the most specific), else the
 * reason in the counselor's language, else the host's sentence after all.
 */
export function hostSentenceOrReason(message: string, reason: RefusalReason | undefined): string {
  if (roomLocale() === 'en' || !reason) return message;
  return refusalReasonText(reason) ?? message;
}

/**
 * A refusal's reason in the counselor's language; undefined for a reason this console does not
 * know (a newer host), so the code's own sentence is shown instead.
 */
export function refusalReasonText(reason: RefusalReason): string | undefined {
  switch (reason.kind) {
    case 'sessionFile':
      return sessionFileProblemText(reason.problem);
    case 'sessionNotSaved':
      return t('reply.reason.sessionNotSaved');
    case 'bundleNotWorkshop':
      return t('reply.reason.bundleNotWorkshop');
    case 'bundleNewer':
      return t('reply.reason.bundleNewer', {
        fileVersion: reason.fileVersion,
        readsVersion: reason.readsVersion,
      });
    case 'pictureTooLarge':
      return t('reply.reason.pictureTooLarge', {
        size: megabytes(reason.bytes),
        max: megabytes(reason.maxBytes),
      });
    case 'pictureNotImage':
      return t('reply.reason.pictureNotImage');
    case 'pictureNotOwnWorkshop':
      return t('reply.reason.pictureNotOwnWorkshop');
    case 'draftTooLarge':
      return t('reply.reason.draftTooLarge', { max: megabytes(reason.maxBytes) });
    case 'workshopNotWritten':
      return reason.cause === 'diskFull'
        ? t('reply.reason.workshopNotWrittenDiskFull')
        : reason.cause === 'readOnly'
          ? t('reply.reason.workshopNotWrittenReadOnly')
          : t('reply.reason.workshopNotWritten', { detail: reason.detail });
    case 'shippedReadOnly':
      return t('reply.reason.shippedReadOnly');
    case 'fileNameTaken':
      return t('reply.reason.fileNameTaken', { fileName: reason.fileName });
    default:
      return undefined;
  }
}
