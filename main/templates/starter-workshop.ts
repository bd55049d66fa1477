import type { TemplateInput } from '../../shared/template/template-schema.js';

/**
 * What "New workshop" starts from: the group agreement every workshop needs already written, so
 * a counselor fills in content rather than rules. Summary and audience are left empty for the
 * editor to ask for: instructions in their place would be saved as if they were the content.
 */
export function starterWorkshop(id: string): TemplateInput {
  return {
    id,
    title: 'My new workshop',
    summary: '',
    audience: '',
    minutes: 30,
    language: 'en',
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
    steps: [
      {
        id: 'welcome',
        kind: 'info',
        title: 'Welcome',
        minutes: 5,
        body: 'Welcome. Today we will think together about something that matters in close relationships.',
      },
    ],
  };
}
