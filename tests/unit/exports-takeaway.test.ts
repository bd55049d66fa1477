import { describe, expect, it } from 'vitest';
import { renderTakeawayPdf, UnknownParticipantError } from '../../main/exports/index.js';
import { reduceSession } from '../../shared/session/reduce-session.js';
import { sampleParticipants } from './exports-fixture-answers.js';
import { runScriptedSession, type ScriptedParticipant } from './exports-fixture-session.js';
import { exportsFixtureTemplate } from './exports-fixture-template.js';
import { checkPdf } from './exports-pdf-tools.js';

const template = exportsFixtureTemplate();
const participants: ScriptedParticipant[] = sampleParticipants(template, 8, 3).map((p, i) => ({
  ...p,
  nickname: `ZEBRANICK${i}`,
  answers: {
    ...p.answers,
    plan: {
      kind: 'worksheet' as const,
      fields: { what: `My own boundary number ${'ABCDEFGH'[i]}`, who: 'My sister' },
    },
    story: {
      kind: 'open' as const,
      text: `Story written by person ${'ABCDEFGH'[i]} 🌱`,
      share: i % 2 === 0,
    },
    'one-word': { kind: 'words' as const, words: ['kindness', 'Лето', 'θάλασσα'] },
  },
}));
participants[2]!.answers.quiz = { kind: 'pass' };
const session = runScriptedSession({ template, participants, unrevealed: ['energy'] });
const options = { paperSize: 'A4' as const, support: 'Crisis line 0800 111 0 111' };

describe('personal takeaway', () => {
  it('holds the participant’s own answers, worksheet included, and the handout text', async () => {
    const pdf = await renderTakeawayPdf(session, participants[0]!.id, options);
    const { flat } = checkPdf(pdf, 'takeaway');
    expect(flat).toContain('MY TAKEAWAY');
    expect(flat).toContain(template.title);
    expect(flat).toContain('November 2026');
    expect(flat).toContain('My own boundary number A');
    expect(flat).toContain('Story written by person A');
    expect(flat).toContain('Лето');
    expect(flat).toContain('θάλασσα');
    expect(flat).toContain('Interdependence means two people rely on each other');
    expect(flat).toContain('Where your answers lean');
    expect(flat).toContain('Your answers lean toward');
    expect(flat).toContain('When do you feel worthwhile without doing something for someone?');
    expect(flat).toContain('Educational, not a diagnosis.');
  });

  it('leaves out the person’s own answers when asked, for a phone that may be checked', async () => {
    const pdf = await renderTakeawayPdf(session, participants[0]!.id, {
      ...options,
      ownAnswers: false,
    });
    const { flat } = checkPdf(pdf, 'takeaway-without-answers');
    expect(flat).toContain('This copy leaves out your own answers');
    expect(flat).not.toContain('My own boundary number A');
    expect(flat).not.toContain('Your answer');
    expect(flat).not.toContain('Where your answers lean');
    expect(flat).toContain('Interdependence means two people rely on each other');
  });

  it('shows the group only what the room saw', async () => {
    const pdf = await renderTakeawayPdf(session, participants[0]!.id, options);
    const { flat } = checkPdf(pdf, 'takeaway-group');
    expect(flat).toContain('The group');
    expect(flat).toContain('The group results of this exercise were not shown in the session.');
    // Shared and approved texts of others are shown; private ones are not.
    expect(flat).toContain('Story written by person C');
    expect(flat).not.toContain('Story written by person B');
    expect(flat).toContain('This worksheet is private');
  });

  it('never carries another participant’s private answers or any nickname', async () => {
    const pdf = await renderTakeawayPdf(session, participants[1]!.id, options);
    const { text, flat } = checkPdf(pdf, 'takeaway-other');
    expect(flat).toContain('My own boundary number B');
    expect(flat).toContain('Story written by person B');
    for (const letter of 'ACDEFGH') expect(flat).not.toContain(`My own boundary number ${letter}`);
    expect(text.replace(/\s+/g, '')).not.toContain('ZEBRANICK');
  });

  it('says so when the participant passed', async () => {
    const pdf = await renderTakeawayPdf(session, participants[2]!.id, options);
    expect(checkPdf(pdf, 'takeaway-pass').flat).toContain('You passed on this one');
  });

  it('refuses unknown and removed participants', async () => {
    await expect(renderTakeawayPdf(session, 'nobody', options)).rejects.toBeInstanceOf(
      UnknownParticipantError,
    );
    const removed = reduceSession(session, { type: 'remove', participantId: participants[3]!.id });
    if (!removed.ok) throw new Error(removed.error.message);
    await expect(
      renderTakeawayPdf(removed.state, participants[3]!.id, options),
    ).rejects.toBeInstanceOf(UnknownParticipantError);
  });
});
