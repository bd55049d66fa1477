import type { HostWarning, JournalLoss } from '../../shared/protocol/host-warnings.js';
import { roomLocale, t } from '../console-and-projector/i18n/translate.js';
import { sessionFileProblemText } from '../console-and-projector/refusal-reason-text.js';

/** 14:05 (or 2:05 PM) in the console's language; the console runs on the host's laptop and clock. */
function clock(at: number): string {
  return new Intl.DateTimeFormat(roomLocale(), { timeStyle: 'short' }).format(at);
}

/** When the unreadable changes were made, as far as the records around them tell. */
function when(after: number | undefined, before: number | undefined): string | undefined {
  if (after === undefined && before === undefined) return undefined;
  if (after === undefined) return t('hostWarning.damaged.before', { before: clock(before!) });
  if (before === undefined) return t('hostWarning.damaged.after', { after: clock(after) });
  const [from, to] = [clock(after), clock(before)];
  return from === to
    ? t('hostWarning.damaged.at', { at: from })
    : t('hostWarning.damaged.between', { from, to });
}

function lossText(loss: JournalLoss): string {
  switch (loss.kind) {
    case 'missing': {
      const span = when(loss.after, loss.before);
      return span === undefined
        ? t('hostWarning.damaged.missing', { count: loss.records })
        : t('hostWarning.damaged.missingWhen', { count: loss.records, when: span });
    }
    case 'outOfPlace':
      return loss.repeated
        ? t('hostWarning.damaged.repeated', { count: loss.records })
        : t('hostWarning.damaged.outOfOrder', { count: loss.records });
    case 'damagedEnd':
      return t('hostWarning.damaged.end', { detail: loss.detail, count: loss.bytes });
  }
}

/** What a damaged session file cost, one sentence per kind of loss, then what is back. */
function damagedText(params: Extract<HostWarning, { code: 'sessionFileDamaged' }>['params']) {
  const { sessionId, losses, details, copy } = params;
  const sentences = [
    details.length > 0
      ? t('hostWarning.damaged.introDetails', { sessionId, details: details.join(', ') })
      : t('hostWarning.damaged.intro', { sessionId }),
    ...(losses.length > 0 ? losses.map(lossText) : [t('hostWarning.damaged.nothingMissing')]),
    t('hostWarning.damaged.rest'),
    ...(copy ? [t('hostWarning.damaged.copy', { path: copy })] : []),
  ];
  return sentences.join(' ');
}

/**
 * A problem on the laptop in the counselor's language. The host's system messages (`detail`,
 * e.g. `ENOSPC: no space left on device`) stay as they are: they are for whoever helps.
 */
export function hostWarningText(warning: HostWarning): string {
  switch (warning.code) {
    case 'sessionNotSaved': {
      const { detail, diskFull } = warning.params;
      return diskFull
        ? t('hostWarning.sessionNotSavedDiskFull', { detail })
        : t('hostWarning.sessionNotSaved', { detail });
    }
    case 'answersNotWritten': {
      const { detail, diskFull } = warning.params;
      return diskFull
        ? t('hostWarning.answersNotWrittenDiskFull', { detail })
        : t('hostWarning.answersNotWritten', { detail });
    }
    case 'sessionFileDamagedAtStart':
      return t('hostWarning.sessionFileDamagedAtStart', warning.params);
    case 'sessionFileDamaged':
      return damagedText(warning.params);
    case 'recordsNotReplayed':
      return t('hostWarning.recordsNotReplayed', warning.params);
    case 'sessionFileUnusable': {
      const { sessionId, problem, detail } = warning.params;
      const why = sessionFileProblemText(problem) ?? detail;
      return t('hostWarning.sessionFileUnusable', { sessionId, why });
    }
    case 'sessionNotOpened':
      return t('hostWarning.sessionNotOpened', warning.params);
  }
}
