import { pdfMessages } from '../../main/exports/i18n/pdf-messages.js';
import { describe, expect, it } from 'vitest';
import { renderResultsPdf } from '../../main/exports/index.js';
import { exportAggregate } from '../../shared/aggregate/export-aggregate.js';
import type { Answer } from '../../shared/session/answer-schema.js';
import { isExercise } from '../../shared/template/step-schema.js';
import { templateSchema } from '../../shared/template/template-schema.js';
import { runScriptedSession, type ScriptedParticipant } from './exports-fixture-session.js';
import { checkPdf } from './exports-pdf-tools.js';

/** Template text without digits, so every number in the report is a number the report made. */
const template = templateSchema.parse({
  id: 'privacy-check',
  title: 'Privacy check workshop',
  summary: 'A crafted workshop for the export privacy tests.',
  audience: 'Tests',
  minutes: 60,
  language: 'en',
  agreement: 'What is said here stays here.',
  steps: [
    { id: 'hello', kind: 'info', title: 'Hello', minutes: 2, body: 'Welcome.' },
    {
      id: 'lean',
      kind: 'scale',
      title: 'Leaning statements',
      minutes: 5,
      prompt: 'How often is this true?',
      labels: ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'],
      themes: [
        {
          id: 'worth',
          title: 'Worth',
          reflection: 'When do you feel worthwhile?',
          statements: [
            { id: 'needed', text: 'I feel good mainly when needed.' },
            { id: 'rest', text: 'I rest without guilt.' },
          ],
        },
      ],
    },
    {
      id: 'pick',
      kind: 'choice',
      title: 'Picking options',
      minutes: 3,
      prompt: 'Which one fits you best?',
      options: [
        { id: 'many', label: 'Option Mango' },
        { id: 'some', label: 'Option Kiwi' },
        { id: 'one', label: 'Option Lonely' },
        { id: 'two', label: 'Option Pair' },
      ],
    },
    {
      id: 'sorting',
      kind: 'sort',
      title: 'Sorting things',
      minutes: 5,
      prompt: 'Where does it belong?',
      categories: [
        { id: 'co', label: 'Codependent' },
        { id: 'inter', label: 'Interdependent' },
      ],
      items: [
        { id: 'phone', label: 'Checking the phone', category: 'co', explanation: 'Control.' },
        { id: 'hobby', label: 'Own hobby', category: 'inter', explanation: 'A self.' },
      ],
    },
    { id: 'cloud', kind: 'words', title: 'Word cloud', minutes: 3, prompt: 'A word for care.' },
    { id: 'story', kind: 'open', title: 'Open story', minutes: 5, prompt: 'What helps you?' },
    {
      id: 'order',
      kind: 'rank',
      title: 'Ranking things',
      minutes: 3,
      prompt: 'Order these.',
      items: [
        { id: 'trust', label: 'Trust' },
        { id: 'space', label: 'Space' },
        { id: 'fun', label: 'Fun' },
      ],
    },
    {
      id: 'level',
      kind: 'slider',
      title: 'Slider level',
      minutes: 2,
      prompt: 'How much energy?',
      min: 30,
      max: 70,
      step: 10,
      minLabel: 'Low',
      maxLabel: 'High',
    },
    {
      id: 'few',
      kind: 'choice',
      title: 'Rarely answered',
      minutes: 2,
      prompt: 'Only a few people answer this.',
      options: [
        { id: 'yes', label: 'Answer Walrus' },
        { id: 'no', label: 'Answer Narwhal' },
      ],
    },
    {
      id: 'plan',
      kind: 'worksheet',
      title: 'Private plan',
      minutes: 5,
      prompt: 'Plan a boundary.',
      fields: [{ id: 'what', label: 'My boundary' }],
    },
  ],
});

const SECRETS = {
  nickname: (i: number) => `ZEBRANICK${'ABCDEFGHIJKL'[i]}`,
  worksheet: (i: number) => `WORKSHEETLYNX${'ABCDEFGHIJKL'[i]}`,
  unapproved: 'UNAPPROVEDOTTER',
  notOptedIn: 'PRIVATEHERON',
  rareWord: 'RAREWORDIBIS',
};

const PEOPLE = 11;

function answersOf(i: number): Record<string, Answer> {
  const answers: Record<string, Answer> = {
    // needed: one person says 1, two say 3, the rest 5; rest: one skips.
    lean: {
      kind: 'scale',
      values: i === 0 ? { needed: 1 } : { needed: i < 3 ? 3 : 5, rest: i < 6 ? 4 : 2 },
    },
    // one person picks "Lonely", two pick "Pair".
    pick: {
      kind: 'choice',
      optionIds: [i === 0 ? 'one' : i < 3 ? 'two' : i < 7 ? 'many' : 'some'],
    },
    // One person misplaces "phone": its correct share would give that person away.
    sorting: { kind: 'sort', placements: { phone: i === 0 ? 'inter' : 'co', hobby: 'inter' } },
    cloud: {
      kind: 'words',
      words: i === 0 ? [SECRETS.rareWord] : i < 3 ? ['twice'] : ['kindness'],
    },
    story:
      i === 0
        ? { kind: 'open', text: `${SECRETS.unapproved} text`, share: true }
        : i === 1
          ? { kind: 'open', text: `${SECRETS.notOptedIn} text`, share: false }
          : { kind: 'open', text: `Approved story number ${'ABCDEFGHIJ'[i]}`, share: true },
    order: { kind: 'rank', order: i < 8 ? ['trust', 'space', 'fun'] : ['fun', 'trust', 'space'] },
    level: { kind: 'slider', value: i === 0 ? 30 : i < 3 ? 40 : 60 },
    plan: { kind: 'worksheet', fields: { what: SECRETS.worksheet(i) } },
  };
  if (i < 4) answers.few = { kind: 'choice', optionIds: [i < 2 ? 'yes' : 'no'] };
  if (i === PEOPLE - 1) answers.pick = { kind: 'pass' };
  return answers;
}

const participants: ScriptedParticipant[] = Array.from({ length: PEOPLE }, (_, i) => ({
  id: `participant-id-${i}-QUOKKA`,
  nickname: SECRETS.nickname(i),
  answers: answersOf(i),
}));

const session = runScriptedSession({
  template,
  participants,
  approve: (text) => !text.startsWith(SECRETS.unapproved),
  settings: { kExport: 5, support: 'Talk to the counselor after the session.' },
});

async function report() {
  const pdf = await renderResultsPdf(session, {
    paperSize: 'A4',
    support: session.settings.support,
  });
  return checkPdf(pdf, 'privacy-results');
}

/** The text of one exercise: from its title to the next exercise title (or the end). */
function section(flat: string, title: string): string {
  const titles = template.steps.filter(isExercise).map((s) => s.title);
  const start = flat.indexOf(title);
  const ends = titles.map((t) => flat.indexOf(t, start + title.length)).filter((i) => i > start);
  return flat.slice(start, ends.length ? Math.min(...ends) : undefined);
}

describe('results report privacy', () => {
  it('contains the title, month, counts and approved texts', async () => {
    const { flat } = await report();
    expect(flat).toContain('Privacy check workshop');
    expect(flat).toContain('November 2026');
    // No participant total: beside "Respondents" it would tell how many passed (issue 13).
    expect(flat).not.toContain('Participants:');
    expect(flat).toContain('Respondents: 10');
    expect(flat).toContain('Approved story number C');
    expect(flat).toContain('Approved story number J');
    expect(flat).toContain('kindness');
  });

  it('never prints a nickname, id, unapproved or private text, worksheet answer or rare word', async () => {
    const { text } = await report();
    const squeezed = text.replace(/\s+/g, '');
    const forbidden = [
      SECRETS.unapproved,
      SECRETS.notOptedIn,
      SECRETS.rareWord,
      'QUOKKA',
      'participant-id',
      ...participants.map((_, i) => SECRETS.nickname(i)),
      ...participants.map((_, i) => SECRETS.worksheet(i)),
    ];
    for (const secret of forbidden) expect(squeezed).not.toContain(secret);
    // No pass, no private worksheet, no time of day, no day of month.
    expect(squeezed).not.toContain('Privateplan');
    expect(text).not.toMatch(/\b\d{1,2}:\d{2}\b/);
    expect(text).not.toMatch(/\b17\b/);
  });

  it('carries only the month in the file metadata', async () => {
    const { path } = await report();
    const { execFileSync } = await import('node:child_process');
    const info = execFileSync('pdfinfo', ['-isodates', path], { encoding: 'utf8' });
    expect(info).toMatch(/CreationDate:\s+2026-11-01T00:00:00/);
    expect(info).not.toMatch(/ModDate:\s+2026-11-17/);
  });

  it('shows only the suppression note for an exercise with fewer than k_export answers', async () => {
    const { flat } = await report();
    const few = section(flat, 'Rarely answered');
    expect(few).toContain('Withheld: fewer than 5 people answered');
    expect(few).not.toContain('Answer Walrus');
    expect(few).not.toContain('Answer Narwhal');
    expect(few).not.toContain('Respondents');
    expect(few.replace(/fewer than 5 people/, '').replace(/Page \d+ of \d+/g, '')).not.toMatch(
      /\d/,
    );
  });

  it('prints no count of 1 or 2 anywhere in a shown exercise', async () => {
    const { flat } = await report();
    const boilerplate = template.steps
      .filter(isExercise)
      .map((step) => exportAggregate(step, session, 5).smallCellMethod)
      .filter((m) => m !== null)
      .map((m) => `Small numbers: ${pdfMessages('en').smallCell(m)}`);
    const shown = [
      'Leaning statements',
      'Picking options',
      'Sorting things',
      'Word cloud',
      'Open story',
      'Ranking things',
      'Slider level',
    ];
    let numbersSeen = 0;
    for (const title of shown) {
      let body = section(flat, title);
      for (const sentence of boilerplate) body = body.split(sentence).join(' ');
      body = body
        .replace(
          /Educational, not a diagnosis\. Support: .*? Page \d+ of \d+ Privacy check workshop Group results/g,
          ' ',
        )
        .replace(/Page \d+ of \d+/g, ' ')
        .replace(/\b\d+\.\d+\b/g, ' '); // average ranks are positions, not counts
      const numbers = [...body.matchAll(/\d+/g)].map((m) => Number(m[0]));
      numbersSeen += numbers.length;
      expect(
        numbers.filter((n) => n === 1 || n === 2),
        `${title}: ${body}`,
      ).toEqual([]);
    }
    expect(numbersSeen).toBeGreaterThan(20);
    // The lonely and paired options are combined, never printed on their own.
    const pick = section(flat, 'Picking options');
    expect(pick).toContain('Option Lonely or Option Pair');
  });

  it('names combined cells in words, never as joined ids', async () => {
    const { flat } = await report();
    expect(flat).not.toContain('+');
    expect(flat.replace(/Answer key:/g, '')).not.toMatch(/\bunplaced\b|not placed|key:/);
    // Sorting: how the group spread each item, never a share "correct"; what the workshop teaches
    // on its own line. A spread that would give one person away is replaced by a plain note.
    const sorting = section(flat, 'Sorting things');
    expect(sorting).toMatch(
      /Checking the phone Other answers combined 100% The workshop teaches: Codependent/,
    );
    expect(sorting).toContain('Own hobby Interdependent 100% The workshop teaches: Interdependent');
    expect(sorting).not.toMatch(/answer key puts it|Answer key/);
    expect(sorting).not.toContain('Placed');
    // Scale bands: the small bands are one "Other answers combined" cell.
    const lean = section(flat, 'Leaning statements');
    expect(lean).toContain('Other answers combined: 3');
    expect(lean).not.toContain('Never or Rarely + ');
    // Every band of this one would be combined: the statement is left out, the theme speaks.
    expect(lean).not.toContain('I rest without guilt.');
    expect(lean).toContain('Where people lean overall.');
    expect(lean).not.toContain('All answers combined');
    // Slider: five ranges would leave small ones, so three wider ranges print instead.
    const level = section(flat, 'Slider level');
    expect(level).toContain('30–40');
    expect(level).toContain('50–60');
  });
});
