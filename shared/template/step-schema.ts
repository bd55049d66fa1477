import { z } from 'zod';
import type { stepKinds } from './step-kinds.js';

/** Ids are stable keys inside one template: answers, journals and exports refer to them. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'use lowercase letters, digits and dashes (max 60)');

const shortText = z.string().trim().min(1).max(200);
const promptText = z.string().trim().min(1).max(600);
const longText = z.string().trim().min(1).max(6000);

const stepBase = {
  id: idSchema,
  title: shortText,
  /** Console only; printed in the facilitator guide. */
  facilitatorNotes: z.string().trim().max(4000).optional(),
  /** Suggested duration for planning and the facilitator guide. */
  minutes: z.number().positive().max(240),
  /** Shown to participants before they answer (e.g. "this touches on conflict at home"). */
  contentNote: z.string().trim().max(400).optional(),
  /** The counselor may skip this step; the planned time counts only the steps that are not optional. */
  optional: z.boolean().default(false),
};

const optionSchema = z.strictObject({ id: idSchema, label: shortText });

export const infoStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('info'),
  body: longText,
  /** A PNG or JPEG file, relative to the workshop file's folder (e.g. `images/circles.png`). */
  image: z.string().max(200).optional(),
  /** What the image shows, for people who cannot see it; required with `image`. */
  imageAlt: z.string().trim().min(1).max(300).optional(),
});

export const timerStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('timer'),
  prompt: promptText,
  seconds: z.number().int().min(10).max(3600),
});

export const scaleThemeSchema = z.strictObject({
  id: idSchema,
  title: shortText,
  /** What the participant privately reads next to where their own answers lean. */
  reflection: promptText,
  statements: z
    .array(z.strictObject({ id: idSchema, text: promptText }))
    .min(1)
    .max(20),
});

export const scaleStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('scale'),
  prompt: promptText,
  /** Exactly five labels, from 1 to 5. */
  labels: z.array(shortText).length(5),
  themes: z.array(scaleThemeSchema).min(1).max(8),
});

export const choiceStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('choice'),
  prompt: promptText,
  multiple: z.boolean().default(false),
  options: z.array(optionSchema).min(2).max(12),
  /** Option ids that are correct, for a quiz. Absent: an opinion question. */
  correct: z.array(idSchema).min(1).optional(),
  explanation: z.string().trim().max(1500).optional(),
});

export const sortStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('sort'),
  prompt: promptText,
  /**
   * A matter of opinion, with no right answer: results show only where people placed each item,
   * and each item's note is offered as a thought, never as the place it belongs.
   */
  opinion: z.boolean().default(false),
  categories: z.array(optionSchema).min(2).max(4),
  items: z
    .array(
      z.strictObject({
        id: idSchema,
        label: shortText,
        /** The answer key: the id of the category this item belongs to. */
        category: idSchema,
        explanation: promptText,
      }),
    )
    .min(2)
    .max(16),
});

export const wordsStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('words'),
  prompt: promptText,
  maxWords: z.number().int().min(1).max(5).default(3),
});

export const openStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('open'),
  prompt: promptText,
  maxLength: z.number().int().min(20).max(2000).default(500),
});

export const rankStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('rank'),
  prompt: promptText,
  items: z.array(optionSchema).min(2).max(12),
});

export const sliderStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('slider'),
  prompt: promptText,
  min: z.number().int().min(-100).max(100).default(0),
  max: z.number().int().min(-100).max(100).default(10),
  step: z.number().int().positive().default(1),
  minLabel: shortText,
  maxLabel: shortText,
});

export const worksheetStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('worksheet'),
  prompt: promptText,
  fields: z
    .array(
      z.strictObject({
        id: idSchema,
        label: promptText,
        hint: z.string().trim().max(300).optional(),
        lines: z.number().int().min(1).max(12).default(3),
      }),
    )
    .min(1)
    .max(8),
});

export const stepSchema = z.discriminatedUnion('kind', [
  infoStepSchema,
  timerStepSchema,
  scaleStepSchema,
  choiceStepSchema,
  sortStepSchema,
  wordsStepSchema,
  openStepSchema,
  rankStepSchema,
  sliderStepSchema,
  worksheetStepSchema,
]);

export type Step = z.infer<typeof stepSchema>;
export type StepKind = Step['kind'];
export type StepOf<K extends StepKind> = Extract<Step, { kind: K }>;
export type ExerciseStep = Exclude<Step, { kind: 'info' | 'timer' }>;
export type ExerciseKind = ExerciseStep['kind'];
export type ScaleTheme = z.infer<typeof scaleThemeSchema>;

/** The kinds' own home is step-kinds.ts (no zod); every kind of the schema is listed there. */
export { exerciseKinds, isExercise, stepKinds } from './step-kinds.js';
type UnlistedKind = Exclude<StepKind, (typeof stepKinds)[number]>;
const _everyKindListed: [UnlistedKind] extends [never] ? true : UnlistedKind = true;
