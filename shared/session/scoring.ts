import type { StepOf } from '../template/step-schema.js';
import type { AnswerOf } from './answer-schema.js';

export interface ChoiceFeedback {
  correct: boolean;
  correctOptionIds: string[];
  explanation?: string;
}

/** Quiz feedback for the participant's own choice; null for an opinion question (no key). */
export function scoreChoice(
  step: StepOf<'choice'>,
  answer: AnswerOf<'choice'>,
): ChoiceFeedback | null {
  if (!step.correct) return null;
  const key = new Set(step.correct);
  const chosen = new Set(answer.optionIds);
  const correct = chosen.size === key.size && [...chosen].every((id) => key.has(id));
  const feedback: ChoiceFeedback = { correct, correctOptionIds: [...step.correct] };
  if (step.explanation) feedback.explanation = step.explanation;
  return feedback;
}

export interface SortItemFeedback {
  itemId: string;
  /** Where the participant put it; undefined when they left it out. */
  placedIn?: string;
  keyCategory: string;
  correct: boolean;
  explanation: string;
}

export interface SortFeedback {
  items: SortItemFeedback[];
  /** Items placed as in the answer key, of those the participant placed. */
  matched: number;
  placed: number;
}

/** Per item: where the participant placed it against the answer key, with its explanation. */
export function scoreSort(step: StepOf<'sort'>, answer: AnswerOf<'sort'>): SortFeedback {
  const items = step.items.map((item) => {
    const placedIn = answer.placements[item.id];
    const feedback: SortItemFeedback = {
      itemId: item.id,
      keyCategory: item.category,
      correct: placedIn === item.category,
      explanation: item.explanation,
    };
    if (placedIn !== undefined) feedback.placedIn = placedIn;
    return feedback;
  });
  return {
    items,
    matched: items.filter((i) => i.correct).length,
    placed: items.filter((i) => i.placedIn !== undefined).length,
  };
}
