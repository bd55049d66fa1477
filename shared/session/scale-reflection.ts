import type { StepOf } from '../template/step-schema.js';
import type { AnswerOf } from './answer-schema.js';

/** Where one person's ratings in a theme sit on the scale; a description, never a verdict. */
export type ThemeLean = 'high' | 'low' | 'mixed' | 'unrated';

export interface ThemeReflection {
  themeId: string;
  title: string;
  /** Statements the participant rated, of `statements` in the theme. */
  rated: number;
  statements: number;
  /** Their own mean rating, one decimal; null when nothing was rated. */
  mean: number | null;
  lean: ThemeLean;
  /** One plain sentence built from the ratings and the step's own scale labels. */
  leanText: string;
  /** The theme's private reflection prompt. */
  reflection: string;
}

function leanOf(ratings: number[]): ThemeLean {
  if (ratings.length === 0) return 'unrated';
  const high = ratings.filter((r) => r >= 4).length;
  const low = ratings.filter((r) => r <= 2).length;
  if (high * 2 > ratings.length) return 'high';
  if (low * 2 > ratings.length) return 'low';
  return 'mixed';
}

function leanText(lean: ThemeLean, labels: readonly string[]): string {
  const [one = '1', two = '2', , four = '4', five = '5'] = labels;
  switch (lean) {
    case 'high':
      return `Most of your answers here lean toward “${four}” and “${five}”.`;
    case 'low':
      return `Most of your answers here lean toward “${one}” and “${two}”.`;
    case 'mixed':
      return 'Your answers here are spread across the scale.';
    case 'unrated':
      return 'You did not rate these statements, and that is fine.';
  }
}

/**
 * A participant's private look at their own scale answers, per theme (DESIGN.md §3 "scale"):
 * how many they rated, their mean and which way they lean, next to the theme's reflection prompt.
 * Deliberately no total score, no cut-off and no label: this is reflection, not assessment.
 */
export function scaleReflection(
  step: StepOf<'scale'>,
  answer: AnswerOf<'scale'>,
): ThemeReflection[] {
  return step.themes.map((theme) => {
    const ratings = theme.statements.flatMap((s) => answer.values[s.id] ?? []);
    const lean = leanOf(ratings);
    const mean =
      ratings.length === 0
        ? null
        : Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10;
    return {
      themeId: theme.id,
      title: theme.title,
      rated: ratings.length,
      statements: theme.statements.length,
      mean,
      lean,
      leanText: leanText(lean, step.labels),
      reflection: theme.reflection,
    };
  });
}
