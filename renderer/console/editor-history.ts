import type { Draft } from './editor-model.js';

/** Edits the counselor can step back through: each a whole draft (drafts share unchanged parts). */
export interface EditHistory {
  past: Draft[];
  present: Draft;
  future: Draft[];
  /** The field typed in last, so a run of keystrokes in one field is one step back. */
  lastKey: string | null;
  lastAt: number;
}

const MAX_STEPS_BACK = 200;
/** Keystrokes in the same field closer together than this are one edit. */
const TYPING_PAUSE_MS = 1000;

export function startHistory(present: Draft): EditHistory {
  return { past: [], present, future: [], lastKey: null, lastAt: 0 };
}

/** `key`: the field's path for typing (merged while typing goes on), null for a step action. */
export function recordEdit(
  history: EditHistory,
  next: Draft,
  key: string | null,
  now: number,
): EditHistory {
  if (next === history.present) return history;
  const typingOn =
    key !== null && key === history.lastKey && now - history.lastAt < TYPING_PAUSE_MS;
  if (typingOn) return { ...history, present: next, future: [], lastAt: now };
  return {
    past: [...history.past, history.present].slice(-MAX_STEPS_BACK),
    present: next,
    future: [],
    lastKey: key,
    lastAt: now,
  };
}

export function undoEdit(history: EditHistory): EditHistory {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    lastKey: null,
    lastAt: 0,
  };
}

export function redoEdit(history: EditHistory): EditHistory {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return {
    past: [...history.past, history.present],
    present: next,
    future: rest,
    lastKey: null,
    lastAt: 0,
  };
}
