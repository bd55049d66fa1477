import { z } from 'zod';
import type { ExerciseStep } from '../template/step-schema.js';

import { WORD_MAX_LENGTH, WORKSHEET_FIELD_MAX_LENGTH } from './answer-limits.js';

export { WORD_MAX_LENGTH, WORKSHEET_FIELD_MAX_LENGTH } from './answer-limits.js';

const key = z.string().min(1).max(60);

export const answerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pass') }),
  z.object({
    kind: z.literal('scale'),
    /** statement id → 1..5; statements left out were skipped. */
    values: z.record(key, z.number().int().min(1).max(5)),
  }),
  z.object({ kind: z.literal('choice'), optionIds: z.array(key).min(1).max(12) }),
  z.object({ kind: z.literal('sort'), placements: z.record(key, key) }),
  z.object({
    kind: z.literal('words'),
    words: z.array(z.string().trim().min(1).max(WORD_MAX_LENGTH)).min(1).max(5),
  }),
  z.object({
    kind: z.literal('open'),
    text: z.string().trim().min(1).max(2000),
    /** The author's opt-in to be shown anonymously; off unless ticked. */
    share: z.boolean(),
  }),
  z.object({ kind: z.literal('rank'), order: z.array(key).min(2).max(12) }),
  z.object({ kind: z.literal('slider'), value: z.number().finite() }),
  z.object({
    kind: z.literal('worksheet'),
    fields: z.record(key, z.string().max(WORKSHEET_FIELD_MAX_LENGTH)),
  }),
]);

export type Answer = z.infer<typeof answerSchema>;
export type AnswerOf<K extends Answer['kind']> = Extract<Answer, { kind: K }>;

/**
 * Checks an answer against the step it answers. Returns a plain-language problem, or null.
 * The shape is already checked by answerSchema; this checks the ids and ranges of this step.
 */
export function answerProblem(step: ExerciseStep, answer: Answer): string | null {
  if (answer.kind === 'pass') return null;
  if (answer.kind !== step.kind) return `this step expects a "${step.kind}" answer`;
  switch (answer.kind) {
    case 'scale': {
      if (step.kind !== 'scale') return null;
      const ids = new Set(step.themes.flatMap((t) => t.statements.map((s) => s.id)));
      const entries = Object.keys(answer.values);
      if (entries.length === 0) return 'rate at least one statement, or pass';
      return entries.every((id) => ids.has(id)) ? null : 'unknown statement';
    }
    case 'choice': {
      if (step.kind !== 'choice') return null;
      const ids = new Set(step.options.map((o) => o.id));
      if (!answer.optionIds.every((id) => ids.has(id))) return 'unknown option';
      if (new Set(answer.optionIds).size !== answer.optionIds.length)
        return 'an option appears twice';
      if (!step.multiple && answer.optionIds.length !== 1) return 'choose one option';
      return null;
    }
    case 'sort': {
      if (step.kind !== 'sort') return null;
      const items = new Set(step.items.map((i) => i.id));
      const categories = new Set(step.categories.map((c) => c.id));
      const placed = Object.entries(answer.placements);
      if (placed.length === 0) return 'place at least one item, or pass';
      return placed.every(([item, category]) => items.has(item) && categories.has(category))
        ? null
        : 'unknown item or category';
    }
    case 'words':
      if (step.kind !== 'words') return null;
      return answer.words.length <= step.maxWords ? null : `at most ${step.maxWords} words`;
    case 'open':
      if (step.kind !== 'open') return null;
      return answer.text.length <= step.maxLength ? null : `at most ${step.maxLength} characters`;
    case 'rank': {
      if (step.kind !== 'rank') return null;
      const ids = step.items.map((i) => i.id);
      const complete =
        answer.order.length === ids.length &&
        new Set(answer.order).size === ids.length &&
        answer.order.every((id) => ids.includes(id));
      return complete ? null : 'rank every item exactly once';
    }
    case 'slider': {
      if (step.kind !== 'slider') return null;
      const inRange = answer.value >= step.min && answer.value <= step.max;
      const onStep = Number.isInteger((answer.value - step.min) / step.step);
      return inRange && onStep ? null : `a value from ${step.min} to ${step.max}`;
    }
    case 'worksheet': {
      if (step.kind !== 'worksheet') return null;
      const ids = new Set(step.fields.map((f) => f.id));
      return Object.keys(answer.fields).every((id) => ids.has(id)) ? null : 'unknown field';
    }
  }
}
