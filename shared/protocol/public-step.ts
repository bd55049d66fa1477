import type { StepPhase } from '../session/session-types.js';
import type { Step, StepKind, StepOf } from '../template/step-schema.js';
import type { PublicStep } from './views.js';

/** When a field may reach phones and the projector. */
type Visibility = 'always' | 'revealed' | 'never';

/** Every field of a step must be named, so a new field is a compile error until decided. */
type FieldRules<S> = { readonly [K in keyof Required<S>]: Visibility };

const BASE = {
  id: 'always',
  kind: 'always',
  title: 'always',
  minutes: 'always',
  contentNote: 'always',
  optional: 'always',
  facilitatorNotes: 'never',
} as const;

type SortItem = StepOf<'sort'>['items'][number];

const SORT_ITEM_FIELDS = {
  id: 'always',
  label: 'always',
  category: 'revealed',
  explanation: 'revealed',
} as const satisfies FieldRules<SortItem>;

/**
 * The allow-list of what phones and the projector may see of each step kind (issue 13): a field
 * not named here never leaves the host, and a new kind or field does not compile until it is
 * given a rule. Answer keys (correct options, sort categories, explanations) wait for reveal.
 */
const STEP_FIELDS = {
  info: { ...BASE, body: 'always', image: 'always', imageAlt: 'always' },
  timer: { ...BASE, prompt: 'always', seconds: 'always' },
  scale: { ...BASE, prompt: 'always', labels: 'always', themes: 'always' },
  choice: {
    ...BASE,
    prompt: 'always',
    multiple: 'always',
    options: 'always',
    correct: 'revealed',
    explanation: 'revealed',
  },
  sort: { ...BASE, prompt: 'always', opinion: 'always', categories: 'always', items: 'always' },
  words: { ...BASE, prompt: 'always', maxWords: 'always' },
  open: { ...BASE, prompt: 'always', maxLength: 'always' },
  rank: { ...BASE, prompt: 'always', items: 'always' },
  slider: {
    ...BASE,
    prompt: 'always',
    min: 'always',
    max: 'always',
    step: 'always',
    minLabel: 'always',
    maxLabel: 'always',
  },
  worksheet: { ...BASE, prompt: 'always', fields: 'always' },
} as const satisfies { readonly [K in StepKind]: FieldRules<StepOf<K>> };

function pick(
  source: object,
  rules: Readonly<Record<string, Visibility>>,
  revealed: boolean,
): Record<string, unknown> {
  const shown: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    const rule = rules[key];
    if (rule === 'always' || (rule === 'revealed' && revealed)) shown[key] = value;
  }
  return shown;
}

/**
 * What phones and the projector may see of a step: only the fields its kind's allow-list names,
 * never the facilitator notes, and the answer key only once revealed.
 */
export function publicStep(step: Step, phase: StepPhase): PublicStep {
  const revealed = phase === 'revealed';
  const shown = pick(step, STEP_FIELDS[step.kind], revealed);
  if (step.kind === 'sort') {
    shown.items = step.items.map((item) => pick(item, SORT_ITEM_FIELDS, revealed));
  }
  // The allow-list above is checked against each kind's fields; the result has their shape.
  return shown as PublicStep;
}
