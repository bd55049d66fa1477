import type { Answer } from '../../shared/session/answer-schema.js';
import type { ExerciseStep, StepOf } from '../../shared/template/step-schema.js';

/** The made-up words the preview's imaginary people write, in the counselor's language. */
export interface SampleTexts {
  /** A few single words for a word cloud (at least three). */
  words: string[];
  /** A few short sentences for a free-text answer (at least one). */
  sentences: string[];
  /** What the preview's own person wrote into each field of a worksheet. */
  worksheet: string;
}

/**
 * Which of `choices` person `person` of `people` picks, so that the first choice is the most
 * popular and each next one a little less (weights n, n−1, …, 1): a plausible group, the same
 * every time, with no chance involved.
 */
export function leaningPick(person: number, people: number, choices: number): number {
  const total = (choices * (choices + 1)) / 2;
  const at = (person / people) * total;
  let upTo = 0;
  for (let i = 0; i < choices; i++) {
    upTo += choices - i;
    if (at < upTo) return i;
  }
  return choices - 1;
}

/**
 * How many of `people` pick each of `choices`, the first the most popular: each choice is
 * picked by three or more people or by nobody, so the sample reads like a usual group's result
 * instead of cells the room's rules would have to combine (a real room's may, and the gate does).
 */
export function groupCounts(people: number, choices: number): number[] {
  const used = Math.max(1, Math.min(choices, Math.floor(people / 3) - 1));
  const counts: number[] = Array.from({ length: choices }, (_, i) => (i < used ? 3 : 0));
  const left = people - 3 * used;
  if (left < 0) return counts.map((_, i) => (i === 0 ? people : 0));
  // The rest in shares of used, used − 1, …, 1; whole people by the largest remainder.
  const total = (used * (used + 1)) / 2;
  const shares = counts.map((_, i) => (i < used ? (left * (used - i)) / total : 0));
  shares.forEach((share, i) => (counts[i]! += Math.floor(share)));
  const byRemainder = shares
    .map((share, i) => ({ i, rest: share - Math.floor(share) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  const unplaced = people - counts.reduce((a, b) => a + b, 0);
  for (const { i } of byRemainder.slice(0, unplaced)) counts[i]!++;
  return counts;
}

/** Which choice person `person` makes when `counts` people make each. */
function choiceOf(person: number, counts: readonly number[]): number {
  let upTo = 0;
  for (let i = 0; i < counts.length; i++) {
    upTo += counts[i]!;
    if (person < upTo) return i;
  }
  return 0;
}

/**
 * Ratings that lean one way per person (agree, between, disagree), varying within that lean
 * from statement to statement: enough people in each lean that none has to be combined.
 */
const LEANS = [4, 5, 4, 3, 4, 5, 3, 2, 4, 1, 3, 2];
const WITHIN_LEAN: Record<number, number> = { 1: 2, 2: 1, 3: 3, 4: 5, 5: 4 };

function choiceAnswer(step: StepOf<'choice'>, person: number, people: number): Answer {
  // A quiz's correct options come first: most of a group gets most questions right.
  const correct = new Set(step.correct ?? []);
  const ordered = [
    ...step.options.filter((o) => correct.has(o.id)),
    ...step.options.filter((o) => !correct.has(o.id)),
  ];
  const counts = groupCounts(people, ordered.length);
  const first = choiceOf(person, counts);
  const picks = [ordered[first]!.id];
  const used = counts.filter((n) => n > 0).length;
  if (step.multiple && person % 3 === 0 && used > 1) {
    picks.push(ordered[(first + 1) % used]!.id);
  }
  return { kind: 'choice', optionIds: picks };
}

function scaleAnswer(step: StepOf<'scale'>, person: number): Answer {
  const statements = step.themes.flatMap((theme) => theme.statements);
  const values = Object.fromEntries(
    statements.map((s, i) => {
      const lean = LEANS[person % LEANS.length]!;
      return [s.id, i % 2 === 0 ? lean : WITHIN_LEAN[lean]!];
    }),
  );
  return { kind: 'scale', values };
}

function sortAnswer(step: StepOf<'sort'>, person: number): Answer {
  const ids = step.categories.map((c) => c.id);
  const placements = Object.fromEntries(
    step.items.map((item, i) => {
      const key = Math.max(0, ids.indexOf(item.category));
      // Now and then someone places an item elsewhere than the answer key does.
      const at = (person * 3 + i) % 5 === 0 ? (key + 1) % ids.length : key;
      return [item.id, ids[at]!];
    }),
  );
  return { kind: 'sort', placements };
}

function wordsAnswer(step: StepOf<'words'>, person: number, people: number, texts: SampleTexts) {
  const half = Math.ceil(texts.words.length / 2);
  const words = [texts.words[leaningPick(person, people, half)]!];
  if (step.maxWords > 1) {
    const rest = texts.words.length - half;
    words.push(texts.words[half + leaningPick((person + 5) % people, people, rest)]!);
  }
  return { kind: 'words', words } satisfies Answer;
}

function rankAnswer(step: StepOf<'rank'>, person: number): Answer {
  const order = step.items.map((item) => item.id);
  // Every other person swaps one neighbouring pair: the group agrees, but not to the letter.
  if (person % 2 === 1) {
    const at = (person >> 1) % (order.length - 1);
    [order[at], order[at + 1]] = [order[at + 1]!, order[at]!];
  }
  return { kind: 'rank', order };
}

function sliderAnswer(step: StepOf<'slider'>, person: number, people: number): Answer {
  // Around six tenths of the way up, give or take one stop.
  const stops = Math.floor((step.max - step.min) / step.step);
  const middle = Math.round(0.6 * stops);
  const stop = middle + [0, 1, -1][choiceOf(person, groupCounts(people, 3))]!;
  return { kind: 'slider', value: step.min + Math.min(stops, Math.max(0, stop)) * step.step };
}

/**
 * What imaginary person `person` (0 is the one whose phone the preview shows) of `people`
 * answers to `step`: made up, never anyone's real answer. Every answer is one the host would
 * accept; only the first three people offer their free text for sharing.
 */
export function sampleAnswer(
  step: ExerciseStep,
  person: number,
  people: number,
  texts: SampleTexts,
): Answer {
  switch (step.kind) {
    case 'choice':
      return choiceAnswer(step, person, people);
    case 'scale':
      return scaleAnswer(step, person);
    case 'sort':
      return sortAnswer(step, person);
    case 'words':
      return wordsAnswer(step, person, people, texts);
    case 'open': {
      const text = texts.sentences[person % texts.sentences.length]!.slice(0, step.maxLength);
      return { kind: 'open', text, share: person < 3 };
    }
    case 'rank':
      return rankAnswer(step, person);
    case 'slider':
      return sliderAnswer(step, person, people);
    case 'worksheet':
      return {
        kind: 'worksheet',
        fields: Object.fromEntries(step.fields.map((f) => [f.id, texts.worksheet])),
      };
  }
}
