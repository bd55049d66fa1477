import { templateSchema, type Template } from '../../shared/template/template-schema.js';

/** A workshop with every step kind, used by the export tests and the sample script. */
export function exportsFixtureTemplate(): Template {
  return templateSchema.parse({
    id: 'exports-fixture',
    title: 'Close, Not Lost: Interdependence in Relationships',
    summary:
      'A gentle workshop about the difference between caring for someone and losing yourself ' +
      'in them. We look at everyday patterns, sort examples and plan one small boundary.',
    audience: 'Adults in a support group',
    minutes: 90,
    language: 'en',
    contentNotes: ['We talk about conflict in close relationships and about family patterns.'],
    agreement:
      'What is shared here stays here. The facilitator may have to act if someone is in danger.\n\n' +
      '- You may pass on any question.\n- Speak about yourself, not about others in the room.\n' +
      '- Nothing graphic, please.',
    credits: ['Written for Circlework from public psychoeducation material.'],
    steps: [
      {
        id: 'welcome',
        kind: 'info',
        title: 'What interdependence means',
        minutes: 5,
        facilitatorNotes: 'Welcome everyone, repeat the right to pass.',
        body:
          'Interdependence means two people rely on each other while each keeps a self: their ' +
          'own friends, opinions and needs.\n\nCodependency is a pattern where one person’s ' +
          'sense of worth comes mostly from being needed.\n\n- Both people can say no.\n' +
          '- Help is offered, not owed.\n- Feelings are shared, not managed for the other.',
      },
      {
        id: 'patterns',
        kind: 'scale',
        title: 'Everyday patterns',
        minutes: 10,
        prompt: 'How often is this true for you?',
        labels: ['Never', 'Rarely', 'Sometimes', 'Often', 'Almost always'],
        themes: [
          {
            id: 'self-worth',
            title: 'Feeling worthwhile',
            reflection: 'When do you feel worthwhile without doing something for someone?',
            statements: [
              { id: 'needed', text: 'I feel good about myself mainly when I am needed.' },
              { id: 'guilt', text: 'I feel guilty when I take time for myself.' },
            ],
          },
          {
            id: 'boundaries',
            title: 'Saying no',
            reflection: 'What makes saying no easier for you?',
            statements: [
              { id: 'yes', text: 'I say yes when I want to say no.' },
              { id: 'fix', text: 'I try to fix other people’s problems for them.' },
            ],
          },
        ],
      },
      {
        id: 'quiz',
        kind: 'choice',
        title: 'A quick check',
        minutes: 5,
        prompt: 'Which of these is a sign of interdependence?',
        options: [
          { id: 'a', label: 'Both partners keep their own friends' },
          { id: 'b', label: 'One partner decides for both' },
          { id: 'c', label: 'Never disagreeing' },
        ],
        correct: ['a'],
        explanation: 'Keeping one’s own friendships is part of keeping a self.',
      },
      {
        id: 'feelings',
        kind: 'choice',
        title: 'What comes up',
        minutes: 3,
        prompt: 'Which feelings come up when someone close to you is upset?',
        multiple: true,
        options: [
          { id: 'worry', label: 'Worry' },
          { id: 'calm', label: 'Calm' },
          { id: 'urge', label: 'An urge to fix it' },
          { id: 'anger', label: 'Anger' },
        ],
      },
      {
        id: 'sorting',
        kind: 'sort',
        title: 'Sort the examples',
        minutes: 10,
        prompt: 'Is this closer to codependency or to interdependence?',
        contentNote: 'Some examples describe controlling behaviour.',
        categories: [
          { id: 'co', label: 'Codependent' },
          { id: 'inter', label: 'Interdependent' },
        ],
        items: [
          {
            id: 'phone',
            label: 'Checking a partner’s phone to feel safe',
            category: 'co',
            explanation: 'Safety comes from control instead of trust.',
          },
          {
            id: 'hobby',
            label: 'Keeping a hobby of your own',
            category: 'inter',
            explanation: 'A self outside the relationship.',
          },
          {
            id: 'ask',
            label: 'Asking for help and accepting a no',
            category: 'inter',
            explanation: 'Needs are spoken; the other stays free.',
          },
        ],
      },
      {
        id: 'one-word',
        kind: 'words',
        title: 'In a few words',
        minutes: 3,
        prompt: 'What does a healthy relationship feel like?',
        maxWords: 3,
      },
      {
        id: 'story',
        kind: 'open',
        title: 'A moment you noticed',
        minutes: 8,
        prompt: 'Describe a moment when you put your needs aside. What did you notice?',
        maxLength: 500,
      },
      {
        id: 'values',
        kind: 'rank',
        title: 'What matters most',
        minutes: 5,
        prompt: 'Order these from most to least important to you.',
        items: [
          { id: 'trust', label: 'Trust' },
          { id: 'space', label: 'Space for myself' },
          { id: 'closeness', label: 'Closeness' },
          { id: 'honesty', label: 'Honesty' },
        ],
      },
      {
        id: 'energy',
        kind: 'slider',
        title: 'Energy check',
        minutes: 2,
        prompt: 'How much energy do you have for yourself right now?',
        min: 0,
        max: 10,
        minLabel: 'None at all',
        maxLabel: 'Plenty',
      },
      {
        id: 'breathe',
        kind: 'timer',
        title: 'A quiet minute',
        minutes: 2,
        prompt: 'Breathe slowly and notice how you feel.',
        seconds: 60,
      },
      {
        id: 'plan',
        kind: 'worksheet',
        title: 'One small boundary',
        minutes: 10,
        prompt: 'Plan one small boundary for the coming week.',
        facilitatorNotes: 'Remind people that worksheets stay private.',
        fields: [
          { id: 'what', label: 'The boundary I want to set', hint: 'Keep it small.', lines: 3 },
          { id: 'who', label: 'Who can support me', lines: 2 },
        ],
      },
    ],
  });
}
