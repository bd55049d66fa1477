import { describe, expect, it } from 'vitest';
import { formatTemplateError } from '../../main/templates/format-template-error.js';
import { parseTemplateText } from '../../main/templates/parse-template-file.js';

const validYaml = `# yaml-language-server: $schema=./circlework-template.schema.json
id: sample
title: Sample workshop
summary: A small workshop used by tests.
audience: Anyone
minutes: 30
language: en
agreement: What is said here stays here. You can pass.
steps:
  - id: hello
    kind: info
    title: Hello
    minutes: 2
    body: Welcome.
  - id: sorting
    kind: sort
    title: Sort these
    minutes: 5
    prompt: Sort them.
    categories:
      - id: left
        label: Left
      - id: right
        label: Right
    items:
      - id: one
        label: One
        category: left
        explanation: Because.
      - id: two
        label: Two
        category: right
        explanation: Because.
  - id: feelings
    kind: scale
    title: Reflect
    minutes: 5
    prompt: How true is this?
    labels: [Not at all, A little, Somewhat, Mostly, Very]
    themes:
      - id: theme-a
        title: Theme A
        reflection: What do you notice?
        statements:
          - id: s1
            text: A statement.
  - id: quiz
    kind: choice
    title: Quiz
    minutes: 3
    prompt: Which one?
    options:
      - id: yes
        label: Yes
      - id: no
        label: No
    correct: [yes]
    explanation: Yes is right.
  - id: mood
    kind: slider
    title: Mood
    minutes: 2
    prompt: How are you?
    min: 0
    max: 10
    minLabel: Low
    maxLabel: High
  - id: order
    kind: rank
    title: Order
    minutes: 3
    prompt: Rank them.
    items:
      - id: a
        label: A
      - id: b
        label: B
`;

/** 1-based line of the first line containing `marker` (after `after`, if given). */
function lineOf(text: string, marker: string, after = ''): number {
  const start = after ? text.indexOf(after) : 0;
  const index = text.indexOf(marker, start);
  if (index < 0) throw new Error(`marker not found: ${marker}`);
  return text.slice(0, index).split('\n').length;
}

function replaceOnce(text: string, from: string, to: string, after = ''): string {
  const start = after ? text.indexOf(after) : 0;
  const index = text.indexOf(from, start);
  if (index < 0) throw new Error(`not found: ${from}`);
  return text.slice(0, index) + to + text.slice(index + from.length);
}

interface BrokenCase {
  name: string;
  text: string;
  fileName?: string;
  field: string;
  line: number;
  message: RegExp;
}

function brokenCase(
  name: string,
  edit: (text: string) => string,
  expected: { field: string; lineAt: (text: string) => number; message: RegExp },
  fileName?: string,
): BrokenCase {
  const text = edit(validYaml);
  return {
    name,
    text,
    fileName,
    field: expected.field,
    line: expected.lineAt(text),
    message: expected.message,
  };
}

const cases: BrokenCase[] = [
  brokenCase('an unknown step kind', (t) => replaceOnce(t, 'kind: info', 'kind: slideshow'), {
    field: 'steps[0].kind',
    lineAt: (t) => lineOf(t, 'kind: slideshow'),
    message: /unknown kind "slideshow"; use one of: info, timer, scale/,
  }),
  brokenCase('a step without a kind', (t) => replaceOnce(t, '    kind: info\n', ''), {
    field: 'steps[0].kind',
    lineAt: (t) => lineOf(t, '- id: hello'),
    message: /missing "kind"/,
  }),
  brokenCase('a step missing its title', (t) => replaceOnce(t, '    title: Hello\n', ''), {
    field: 'steps[0].title',
    lineAt: (t) => lineOf(t, '- id: hello'),
    message: /required field is missing/,
  }),
  brokenCase('a workshop missing its agreement', (t) => t.replace(/^agreement:.*\n/m, ''), {
    field: 'agreement',
    lineAt: (t) => lineOf(t, 'id: sample'),
    message: /required field is missing/,
  }),
  brokenCase('bad YAML syntax', (t) => replaceOnce(t, 'summary: A small', 'summary: "A small'), {
    field: '',
    lineAt: (t) => lineOf(t, 'summary:'),
    message: /^YAML syntax: /,
  }),
  brokenCase(
    'a key written twice',
    (t) => replaceOnce(t, 'minutes: 30\n', 'minutes: 30\nminutes: 40\n'),
    { field: '', lineAt: (t) => lineOf(t, 'minutes: 40'), message: /YAML syntax: .*unique/ },
  ),
  brokenCase('duplicate step ids', (t) => replaceOnce(t, '- id: quiz', '- id: hello'), {
    field: 'steps[3].id',
    lineAt: (t) => lineOf(t, '- id: hello', 'id: s1'),
    message: /duplicate step id "hello"/,
  }),
  brokenCase(
    'a sort answer key naming an unknown category',
    (t) => replaceOnce(t, 'category: right', 'category: middle'),
    {
      field: 'steps[1].items[1].category',
      lineAt: (t) => lineOf(t, 'category: middle'),
      message: /unknown category "middle"/,
    },
  ),
  brokenCase(
    'a scale theme with no statements',
    (t) =>
      replaceOnce(
        t,
        'statements:\n          - id: s1\n            text: A statement.',
        'statements: []',
      ),
    {
      field: 'steps[2].themes[0].statements',
      lineAt: (t) => lineOf(t, 'statements: []'),
      message: /needs at least 1 entry/,
    },
  ),
  brokenCase('a scale with four labels', (t) => replaceOnce(t, 'Not at all, ', ''), {
    field: 'steps[2].labels',
    lineAt: (t) => lineOf(t, 'labels:'),
    message: /needs exactly 5 entries/,
  }),
  brokenCase(
    'a choice whose correct answer is not an option',
    (t) => replaceOnce(t, 'correct: [yes]', 'correct: [maybe]'),
    {
      field: 'steps[3].correct[0]',
      lineAt: (t) => lineOf(t, 'correct: [maybe]'),
      message: /unknown option "maybe"/,
    },
  ),
  brokenCase(
    'a single choice with two correct answers',
    (t) => replaceOnce(t, 'correct: [yes]', 'correct: [yes, no]'),
    {
      field: 'steps[3].correct',
      lineAt: (t) => lineOf(t, 'correct: [yes, no]'),
      message: /one correct option/,
    },
  ),
  brokenCase('a slider whose min is not below max', (t) => replaceOnce(t, 'max: 10', 'max: 0'), {
    field: 'steps[4].max',
    lineAt: (t) => lineOf(t, 'max: 0'),
    message: /max must be greater than min/,
  }),
  brokenCase('minutes written as words', (t) => replaceOnce(t, 'minutes: 30', 'minutes: thirty'), {
    field: 'minutes',
    lineAt: (t) => lineOf(t, 'minutes: thirty'),
    message: /expected a number, found "thirty"/,
  }),
  brokenCase(
    'a misspelt field',
    (t) => replaceOnce(t, '    body: Welcome.\n', '    body: Welcome.\n    facilitatorNote: Hi\n'),
    {
      field: 'steps[0].facilitatorNote',
      lineAt: (t) => lineOf(t, 'facilitatorNote: Hi'),
      message: /unknown field "facilitatorNote"/,
    },
  ),
  brokenCase(
    'a misspelt field deep inside a step',
    (t) =>
      replaceOnce(
        t,
        '        reflection: What do you notice?\n',
        '        reflection: What do you notice?\n        reflexion: typo\n',
      ),
    {
      field: 'steps[2].themes[0].reflexion',
      lineAt: (t) => lineOf(t, 'reflexion: typo'),
      message: /unknown field "reflexion"/,
    },
  ),
  brokenCase(
    'a misspelt top-level field',
    (t) => replaceOnce(t, 'language: en\n', 'language: en\nauthor: Me\n'),
    {
      field: 'author',
      lineAt: (t) => lineOf(t, 'author: Me'),
      message: /unknown field "author"/,
    },
  ),
  brokenCase(
    'an id with capitals and spaces',
    (t) => replaceOnce(t, 'id: theme-a', 'id: Theme A'),
    {
      field: 'steps[2].themes[0].id',
      lineAt: (t) => lineOf(t, 'id: Theme A'),
      message: /lowercase letters, digits and dashes/,
    },
  ),
  brokenCase(
    'two rank items with the same id',
    (t) => replaceOnce(t, '- id: b', '- id: a', 'kind: rank'),
    {
      field: 'steps[5].items',
      lineAt: (t) => lineOf(t, 'items:', 'kind: rank'),
      message: /duplicate id "a"/,
    },
  ),
  brokenCase('a workshop with no steps', (t) => t.slice(0, t.indexOf('steps:')) + 'steps: []\n', {
    field: 'steps',
    lineAt: (t) => lineOf(t, 'steps: []'),
    message: /needs at least 1 entry/,
  }),
  brokenCase(
    'a language that is not a tag',
    (t) => replaceOnce(t, 'language: en', 'language: English'),
    {
      field: 'language',
      lineAt: (t) => lineOf(t, 'language: English'),
      message: /language tag such as "en"/,
    },
  ),
  brokenCase('a list instead of a workshop', () => '- id: a\n- id: b\n', {
    field: '',
    lineAt: () => 1,
    message: /must be a workshop/,
  }),
];

describe('parseTemplateText', () => {
  it('accepts the valid sample and applies defaults', () => {
    const result = parseTemplateText('sample.yaml', validYaml);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.template.steps).toHaveLength(6);
    expect(result.template.contentNotes).toEqual([]);
    const quiz = result.template.steps[3];
    expect(quiz?.kind === 'choice' && quiz.multiple).toBe(false);
  });

  it.each(cases)('reports $name at the right file, line and field', (c) => {
    const fileName = c.fileName ?? 'broken.yaml';
    const result = parseTemplateText(fileName, c.text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const match = result.errors.find((e) => e.field === c.field && c.message.test(e.message));
    expect(match, JSON.stringify(result.errors, null, 2)).toBeDefined();
    expect(match?.line).toBe(c.line);
    expect(match?.fileName).toBe(fileName);
  });

  it('reports each unknown field of one mapping on its own line, beside other errors', () => {
    const text = replaceOnce(
      replaceOnce(
        validYaml,
        '    body: Welcome.\n',
        '    body: Welcome.\n    note: a\n    hint: b\n',
      ),
      'minutes: 30',
      'minutes: thirty',
    );
    const result = parseTemplateText('typos.yaml', text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatTemplateError)).toEqual(
      expect.arrayContaining([
        `typos.yaml:${lineOf(text, 'note: a')} steps[0].note — unknown field "note"`,
        `typos.yaml:${lineOf(text, 'hint: b')} steps[0].hint — unknown field "hint"`,
        expect.stringMatching(/^typos\.yaml:\d+ minutes — expected a number/),
      ]),
    );
  });

  it('formats errors as file:line field — message', () => {
    const text = replaceOnce(validYaml, 'category: right', 'category: x');
    const result = parseTemplateText('boundaries.yaml', text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatTemplateError)).toEqual([
      `boundaries.yaml:${lineOf(text, 'category: x')} steps[1].items[1].category — unknown category "x"`,
    ]);
  });

  it('reads JSON files and maps their errors to lines too', () => {
    const result = parseTemplateText('sample.yaml', validYaml);
    if (!result.ok) throw new Error('sample must be valid');
    const json = JSON.stringify(
      { $schema: './circlework-template.schema.json', ...result.template },
      null,
      2,
    );
    const good = parseTemplateText('sample.json', json);
    expect(good.ok).toBe(true);

    const broken = json.replace('"category": "right"', '"category": "nowhere"');
    const bad = parseTemplateText('sample.json', broken);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors[0]).toMatchObject({
      fileName: 'sample.json',
      field: 'steps[1].items[1].category',
      line: lineOf(broken, '"category": "nowhere"'),
    });
  });

  it('reports bad JSON syntax with a line', () => {
    const bad = parseTemplateText('sample.json', '{\n  "id": "x",\n  "title": \n}');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors[0]?.line).toBeGreaterThanOrEqual(3);
    expect(bad.errors[0]?.message).toMatch(/^YAML syntax/);
  });
});
