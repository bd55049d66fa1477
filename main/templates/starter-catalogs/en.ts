/**
 * The words of the workshop "New workshop" starts from, in the counselor's interface language.
 * Plain texts, not ICU messages: they are saved into the workshop file as they stand, for the
 * counselor to edit. The other languages have exactly these keys (the type says so).
 */
export const en = {
  title: 'My new workshop',
  agreement: [
    'Before we start, we agree on a few things.',
    '',
    '- What people share here stays here. Take home what you learned, not who said what.',
    '- There is one limit. If someone may be in danger, or may hurt themselves or someone else, the counselor may need to act to keep people safe. Where they can, they will talk with that person first.',
    '- You can pass on any question. You never need to say why.',
    '- Talk about patterns and feelings, not graphic details.',
    '- Your answers are anonymous to the group. The counselor sees how many people answered, not who answered what.',
    '- This is a time to learn and reflect. It is not a test and not a diagnosis.',
  ].join('\n'),
  welcomeTitle: 'Welcome',
  welcomeBody:
    'Welcome. Today we will think together about something that matters in close relationships.',
} as const;

export type StarterCatalog = Record<keyof typeof en, string>;
