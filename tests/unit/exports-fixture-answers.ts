import type { Answer } from '../../shared/session/answer-schema.js';
import type { ExerciseStep } from '../../shared/template/step-schema.js';
import { isExercise } from '../../shared/template/step-schema.js';
import type { Template } from '../../shared/template/template-schema.js';
import type { ScriptedParticipant } from './exports-fixture-session.js';

/** Small deterministic PRNG (mulberry32), so fixtures and sample PDFs are repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'trust',
  'calm',
  'space',
  'honesty',
  'warmth',
  'respect',
  'freedom',
  'safety',
  'laughter',
  'patience',
  'доверие',
  'спокойствие',
  'εμπιστοσύνη',
  'ηρεμία',
  'tin tưởng',
  'bình yên',
  'kindness',
];

export const MULTILINGUAL_TEXTS = [
  'I noticed I said yes to my sister again although I was exhausted, and then felt resentful for days.',
  'Я заметила, что всегда отвечаю на сообщения сразу, даже когда мне нужно отдохнуть.',
  'Πρόσεξα ότι αναλαμβάνω τις ευθύνες όλων στη δουλειά και ξεχνάω τις δικές μου ανάγκες.',
  'Tôi nhận ra rằng tôi luôn đặt cảm xúc của người khác lên trước cảm xúc của chính mình.',
  'When my partner was sad I cancelled my evening class to stay home 😔 and I did not even ask whether that helped 🙏🏽.',
  'At work I covered for a colleague three times this month. I told myself it was kindness, but honestly it was fear of conflict. Writing it down helps me see the pattern: I step in before anyone asks, I feel useful for an hour, and then I feel invisible. Next time I want to wait and ask what is actually needed, and notice what I feel while I wait. 👩‍👩‍👧 ✨',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function shuffled<T>(random: () => number, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** A plausible answer for any exercise kind. */
export function sampleAnswer(
  step: ExerciseStep,
  random: () => number,
  texts = MULTILINGUAL_TEXTS,
): Answer {
  switch (step.kind) {
    case 'scale': {
      const lean = 1 + Math.floor(random() * 5);
      const values: Record<string, number> = {};
      for (const theme of step.themes)
        for (const s of theme.statements) {
          if (random() < 0.05) continue;
          values[s.id] = Math.min(5, Math.max(1, lean + Math.round((random() - 0.5) * 2.4)));
        }
      if (Object.keys(values).length === 0) values[step.themes[0]!.statements[0]!.id] = 3;
      return { kind: 'scale', values };
    }
    case 'choice': {
      const options = shuffled(
        random,
        step.options.map((o) => o.id),
      );
      if (step.correct && random() < 0.6) return { kind: 'choice', optionIds: [step.correct[0]!] };
      const count = step.multiple ? 1 + Math.floor(random() * Math.min(3, options.length)) : 1;
      return { kind: 'choice', optionIds: options.slice(0, count) };
    }
    case 'sort': {
      const placements: Record<string, string> = {};
      for (const item of step.items)
        placements[item.id] = random() < 0.75 ? item.category : pick(random, step.categories).id;
      return { kind: 'sort', placements };
    }
    case 'words': {
      const count = 1 + Math.floor(random() * step.maxWords);
      return { kind: 'words', words: shuffled(random, WORDS).slice(0, count) };
    }
    case 'open': {
      const text = pick(random, texts).slice(0, step.maxLength);
      return { kind: 'open', text, share: random() < 0.7 };
    }
    case 'rank':
      return {
        kind: 'rank',
        order: shuffled(
          random,
          step.items.map((i) => i.id),
        ),
      };
    case 'slider': {
      const steps = Math.round((step.max - step.min) / step.step);
      const centre = steps * 0.6 + (random() - 0.5) * steps * 0.7;
      const index = Math.min(steps, Math.max(0, Math.round(centre)));
      return { kind: 'slider', value: step.min + index * step.step };
    }
    case 'worksheet': {
      const fields: Record<string, string> = {};
      for (const field of step.fields) fields[field.id] = pick(random, texts).slice(0, 300);
      return { kind: 'worksheet', fields };
    }
  }
}

/** `count` participants answering every exercise of `template`, with a few passes. */
export function sampleParticipants(
  template: Template,
  count: number,
  seed = 7,
): ScriptedParticipant[] {
  const random = seededRandom(seed);
  const exercises = template.steps.filter(isExercise);
  return Array.from({ length: count }, (_, i) => {
    const answers: Record<string, Answer> = {};
    for (const step of exercises) {
      if (random() < 0.04) answers[step.id] = { kind: 'pass' };
      else answers[step.id] = sampleAnswer(step, random);
    }
    return { id: `p-${String(i).padStart(4, '0')}`, nickname: `Nick${i}`, answers };
  });
}
