import type { HostWarning, JournalLoss } from '../../../shared/protocol/host-warnings.js';
import type { JournalErrorKind, JournalProblem } from '../journal/journal-reader.js';
import { formatBytes } from '../journal/journal-reader.js';

/** 14:05, in the laptop's time zone: the counselor's clock. */
function clock(at: number): string {
  const time = new Date(at);
  return `${String(time.getHours()).padStart(2, '0')}:${String(time.getMinutes()).padStart(2, '0')}`;
}

function when(after: number | undefined, before: number | undefined): string {
  if (after === undefined && before === undefined) return '';
  if (after === undefined) return ` from before ${clock(before!)}`;
  if (before === undefined) return ` from after ${clock(after)}`;
  const [from, to] = [clock(after), clock(before)];
  return from === to ? ` from ${from}` : ` from ${from}–${to}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What a damaged journal cost, in the counselor's words: one sentence per kind of loss, then
 * what is back and where the copy of the damaged file is. Undefined when nothing was lost.
 */
export function describeJournalLoss(
  sessionId: string,
  problems: readonly JournalProblem[],
  copy: string | undefined,
): string | undefined {
  if (problems.length === 0) return undefined;
  const parts: string[] = [];
  let tail: string | undefined;
  for (const problem of problems) {
    if (problem.kind === 'missing') {
      parts.push(
        `${plural(problem.records, 'change', 'changes')} (answers, joins or steps)` +
          `${when(problem.after, problem.before)} could not be read`,
      );
    } else if (problem.kind === 'out-of-place') {
      const were = problem.records === 1 ? 'was' : 'were';
      parts.push(
        `${plural(problem.records, 'record was', 'records were')} ${problem.repeated ? 'repeated' : 'out of order'} ` +
          `in the file and ${were} not applied again or out of turn`,
      );
    } else if (problem.atEnd) {
      tail = `${problem.reason}, ${formatBytes(problem.bytes)}`;
    }
  }
  const reasons = problems.flatMap((p) => (p.kind === 'damaged' && !p.atEnd ? [p.reason] : []));
  const detail = reasons.length > 0 ? ` (${[...new Set(reasons)].join(', ')})` : '';
  const kept = copy ? ` A copy of the damaged file was kept as ${copy}.` : '';
  if (tail !== undefined) {
    parts.push(
      `its last bytes are damaged (${tail}): most likely a change that was being written when ` +
        'the laptop stopped, which no phone had been told was saved',
    );
  }
  const lost =
    parts.length > 0 ? parts.join('; ') : 'some bytes could not be read, but no change is missing';
  return `The file of session ${sessionId} was damaged${detail}: ${lost}; everything else is back.${kept}`;
}

/**
 * The same loss as `describeJournalLoss`, as a warning the console words in the counselor's
 * language. Undefined when nothing was lost.
 */
export function journalLossWarning(
  sessionId: string,
  problems: readonly JournalProblem[],
  copy: string | undefined,
): HostWarning | undefined {
  if (problems.length === 0) return undefined;
  const losses: JournalLoss[] = [];
  let end: JournalLoss | undefined;
  for (const problem of problems) {
    if (problem.kind === 'missing') {
      const { records, after, before } = problem;
      losses.push({ kind: 'missing', records, after, before });
    } else if (problem.kind === 'out-of-place') {
      losses.push({ kind: 'outOfPlace', records: problem.records, repeated: problem.repeated });
    } else if (problem.atEnd) {
      end = { kind: 'damagedEnd', bytes: problem.bytes, detail: problem.reason };
    }
  }
  if (end) losses.push(end);
  const details = [
    ...new Set(problems.flatMap((p) => (p.kind === 'damaged' && !p.atEnd ? [p.reason] : []))),
  ];
  return {
    code: 'sessionFileDamaged',
    params: { sessionId, losses, details, ...(copy ? { copy } : {}) },
  };
}

/** Why a session cannot be opened, and what the counselor can do about it. */
export const JOURNAL_ERROR_MESSAGES = {
  missing:
    "This session's file is missing; it may have been deleted or moved. If you have a backup of the Circlework data folder, put the file back and open History again.",
  damaged:
    "This session's file is damaged at its start, so nothing in it can be read. You can delete it, or keep it and ask for help recovering it.",
  'other-key':
    "This session was saved with another key (on another computer or user account, or before the app's key was reset). Open it there, or delete it here.",
  'too-large':
    "This session's file is too large for this app to open. It is left as it is; you can delete it, or move it out of the Circlework data folder to keep it.",
  unknown:
    'This file is not a session this version of Circlework can read (it may be from a newer version). Update the app to open it, or delete it.',
} satisfies Record<JournalErrorKind, string>;
