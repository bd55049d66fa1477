import type { Aggregate } from '../aggregate/aggregate-types.js';
import { gateAggregate } from '../privacy/privacy-gate.js';
import { remainingAt } from '../session/timer-transitions.js';
import type { SessionState } from '../session/session-types.js';
import { revisionOf } from '../session/state-revision.js';
import { isExercise, type Step } from '../template/step-schema.js';
import type { TimerView } from './views.js';

export function currentStep(state: SessionState): Step | undefined {
  return state.template.steps[state.currentStep];
}

interface RoomCounts {
  joined: number;
  unanswered: number;
  answered: number;
}

/**
 * The console's and projector's counts in one pass over the room, once per state revision:
 * at 8,000 people four separate passes per view cost more than the rest of the view.
 */
const roomCountsCache = new WeakMap<SessionState, { revision: number; counts: RoomCounts }>();

function roomCounts(state: SessionState): RoomCounts {
  const revision = revisionOf(state);
  const cached = roomCountsCache.get(state);
  if (cached?.revision === revision) return cached.counts;
  const step = currentStep(state);
  const stepId = step && isExercise(step) ? step.id : undefined;
  const counts: RoomCounts = { joined: 0, unanswered: 0, answered: 0 };
  for (const id in state.participants) {
    const p = state.participants[id]!;
    if (p.removed) continue;
    counts.joined++;
    if (!hasAnyAnswer(p.answers)) counts.unanswered++;
    const mine = stepId === undefined ? undefined : p.answers[stepId];
    // A pass counts as no answer, as in privacy/answered-count.ts (DESIGN.md §4.6).
    if (mine && mine.answer.kind !== 'pass') counts.answered++;
  }
  roomCountsCache.set(state, { revision, counts });
  return counts;
}

function hasAnyAnswer(answers: object): boolean {
  for (const _ in answers) return true;
  return false;
}

export function joinedCount(state: SessionState): number {
  return roomCounts(state).joined;
}

/** How many in the room have not answered any step yet (passes count as answers): a count, never who. */
export function unansweredCount(state: SessionState): number {
  return roomCounts(state).unanswered;
}

/** How many answered the current step; a pass counts as no answer (see the privacy module). */
export function answeredCount(state: SessionState): number {
  return roomCounts(state).answered;
}

/**
 * One room aggregate per state (and per in-place revision) serves every phone: building
 * 2,000 participant views costs one aggregation, not 2,000.
 */
const roomAggregates = new WeakMap<
  SessionState,
  { revision: number; byStep: Map<string, Aggregate | undefined> }
>();

function computeRoomAggregate(state: SessionState, step: Step): Aggregate | undefined {
  if (!isExercise(step)) return undefined;
  // Phones and the projector follow the same room rule; the gate decides for both.
  const aggregate = gateAggregate(step, state, 'projector')?.aggregate;
  return !aggregate || aggregate.kind === 'private' ? undefined : aggregate;
}

/** What the room may see: only after reveal, only with k_live respondents, never a worksheet. */
export function roomAggregate(state: SessionState, step: Step | undefined): Aggregate | undefined {
  if (!step) return undefined;
  const revision = revisionOf(state);
  let cache = roomAggregates.get(state);
  if (!cache || cache.revision !== revision) {
    cache = { revision, byStep: new Map() };
    roomAggregates.set(state, cache);
  }
  if (!cache.byStep.has(step.id)) cache.byStep.set(step.id, computeRoomAggregate(state, step));
  return cache.byStep.get(step.id);
}

export function timerView(state: SessionState, now: number): TimerView | undefined {
  const step = currentStep(state);
  const timer = state.timer;
  if (!step || !timer || timer.stepId !== step.id) return undefined;
  // remainingMs is given as of `now` so a phone with a wrong clock still counts down correctly.
  const view: TimerView = { ...timer, remainingMs: remainingAt(timer, now), serverNow: now };
  if (timer.runningSince !== undefined) view.runningSince = now;
  return view;
}
