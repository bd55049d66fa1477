import type { AnswerOf } from '../../../shared/session/answer-schema.js';
import type { PublicStepOf } from '../../common/public-step-types.js';

export interface ThemeLean {
  themeId: string;
  title: string;
  reflection: string;
  /** How many of the theme's statements this person rated. */
  rated: number;
  /** This person's average rating in the theme, 1..5; null when nothing was rated. */
  mean: number | null;
  /** The scale label nearest to that average, in the template's own words. */
  nearestLabel: string | null;
}

/**
 * Where one person's ratings lean per theme, for their eyes only (DESIGN.md §3: no total, no
 * cut-off, no label beyond the scale's own words, no comparison with the group). Pure, so it is
 * tested without a browser.
 */
export function scaleReflection(
  step: PublicStepOf<'scale'>,
  answer: AnswerOf<'scale'> | undefined,
): ThemeLean[] {
  return step.themes.map((theme) => {
    const ratings = theme.statements
      .map((s) => answer?.values[s.id])
      .filter((v): v is number => typeof v === 'number');
    const mean = ratings.length > 0 ? ratings.reduce((a, b) => a + b, 0) / ratings.length : null;
    return {
      themeId: theme.id,
      title: theme.title,
      reflection: theme.reflection,
      rated: ratings.length,
      mean,
      nearestLabel: mean === null ? null : (step.labels[Math.round(mean) - 1] ?? null),
    };
  });
}

/** Position of a 1..5 value on a 0..100 % line. */
export function leanPercent(mean: number): number {
  return ((Math.min(5, Math.max(1, mean)) - 1) / 4) * 100;
}
