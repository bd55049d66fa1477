import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JoinResult } from '../../shared/protocol/participant-events.js';
import type { ConsoleLiveView, ParticipantView } from '../../shared/protocol/views.js';
import type { Answer } from '../../shared/session/answer-schema.js';
import { createFileKeyProvider } from '../../main/host/crypto/file-key-provider.js';
import { readJournal } from '../../main/host/journal/journal-reader.js';
import type { SealedPhone } from '../kits/sealed-phone.js';
import {
  closeClients,
  connectConsole,
  connectParticipant,
  must,
  openSession,
  startTestHost,
  eventually,
  waitForView,
  type TestHost,
} from './host-test-kit.js';

const PEOPLE = 10;
const NICKNAMES = Array.from({ length: PEOPLE }, (_, i) => `Zelda${i}Quokka`);

/** What participant i answers on each exercise; the last one passes the scale. */
function answerFor(stepId: string, i: number): Answer {
  switch (stepId) {
    case 'patterns':
      return i === PEOPLE - 1
        ? { kind: 'pass' }
        : { kind: 'scale', values: { needed: (i % 5) + 1, guilt: 3, yes: 2 } };
    case 'quiz':
      return { kind: 'choice', optionIds: [i < 7 ? 'a' : 'b'] };
    case 'sorting':
      return { kind: 'sort', placements: { own: 'inter', fix: 'co', ask: i % 2 ? 'inter' : 'co' } };
    case 'cloud':
      return { kind: 'words', words: i < 5 ? ['care', 'listen'] : ['Care'] };
    case 'story':
      return { kind: 'open', text: `Walking helps me, says person ${i}`, share: i < 6 };
    case 'priorities':
      return {
        kind: 'rank',
        order: i < 5 ? ['time', 'friends', 'rest'] : ['rest', 'time', 'friends'],
      };
    case 'energy':
      return { kind: 'slider', value: i };
    case 'plan':
      return {
        kind: 'worksheet',
        fields: { boundary: `No calls after nine (${i})`, first: 'Tell my sister' },
      };
    default:
      throw new Error(`no answer for ${stepId}`);
  }
}

describe('host: a whole session with 10 phones across every exercise type', () => {
  let t: TestHost;
  let consoleSocket: Socket;
  let phones: SealedPhone[] = [];
  let tokens: string[] = [];
  let sessionId = '';

  beforeAll(async () => {
    t = await startTestHost();
    consoleSocket = await connectConsole(t.host);
  });

  afterAll(async () => {
    closeClients();
    await t.stop();
  });

  it('runs lobby → every step → end, with answers, moderation and reveals', async () => {
    const opened = await openSession(consoleSocket);
    sessionId = opened.sessionId;
    expect(opened.roomCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(opened.status).toBe('lobby');

    phones = await Promise.all(Array.from({ length: PEOPLE }, () => connectParticipant(t.host)));
    const joins = await Promise.all(
      phones.map((phone, i) =>
        must<JoinResult>(phone, 'join', {
          roomCode: opened.roomCode.toLowerCase(),
          nickname: NICKNAMES[i],
        }),
      ),
    );
    tokens = joins.map((j) => j.resumeToken);
    expect(new Set(tokens).size).toBe(PEOPLE);
    for (const j of joins) {
      expect(j.resumeToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(j.view.status).toBe('lobby');
    }
    const lobby = await eventually<ConsoleLiveView>(
      consoleSocket,
      'console:view',
      (v) => v?.joined === PEOPLE,
    );
    expect(lobby.people.map((p) => p.nickname).sort()).toEqual([...NICKNAMES].sort());

    await must(consoleSocket, 'session:action', { action: { type: 'start' } });
    const template = opened.template;
    for (const [index, step] of template.steps.entries()) {
      const arrived = phones.map((phone) =>
        waitForView(phone, (v) => v.status === 'running' && v.stepIndex === index),
      );
      await must(consoleSocket, 'session:action', { action: { type: 'goto', index } });
      const views = await Promise.all(arrived);
      expect(views.every((v) => v.step?.id === step.id)).toBe(true);
      if (step.kind === 'info' || step.kind === 'timer') {
        if (step.kind === 'timer') {
          const timed = await must<{ view: ConsoleLiveView }>(consoleSocket, 'session:action', {
            action: { type: 'timer', command: 'start' },
          });
          expect(timed.view.timer?.runningSince).toBeDefined();
        }
        continue;
      }
      await must(consoleSocket, 'session:action', { action: { type: 'open' } });
      await Promise.all(
        phones.map((phone, i) =>
          must(phone, 'answer', { stepId: step.id, answer: answerFor(step.id, i) }),
        ),
      );
      const closed = await must<{ view: ConsoleLiveView }>(consoleSocket, 'session:action', {
        action: { type: 'close' },
      });
      // A pass is not counted as an answer, so "answered" never gives a pass away.
      const passes = Array.from({ length: PEOPLE }, (_, i) => answerFor(step.id, i)).filter(
        (a) => a.kind === 'pass',
      ).length;
      expect(closed.view.answered).toBe(PEOPLE - passes);
      if (step.kind === 'worksheet') {
        expect(closed.view.liveAggregate).toBeUndefined();
      } else {
        expect(closed.view.liveAggregate?.kind).toBe(step.kind);
      }
      if (step.kind === 'open') {
        expect(closed.view.moderation).toHaveLength(6);
        const [first, second, third, fourth, fifth] = closed.view.moderation;
        for (const item of [first, second, third, fourth]) {
          await must(consoleSocket, 'session:action', {
            action: { type: 'moderate', stepId: step.id, ref: item!.ref, decision: 'approved' },
          });
        }
        await must(consoleSocket, 'session:action', {
          action: { type: 'moderate', stepId: step.id, ref: fifth!.ref, decision: 'hidden' },
        });
      }
      const revealedViews = phones.map((phone) =>
        waitForView(phone, (v) => v.stepIndex === index && v.phase === 'revealed'),
      );
      await must(consoleSocket, 'session:action', { action: { type: 'reveal' } });
      const revealed = await Promise.all(revealedViews);
      revealed.forEach((view: ParticipantView, i) => {
        expect(view.myAnswer).toEqual(answerFor(step.id, i));
        if (step.kind === 'worksheet') {
          expect(view.aggregate).toBeUndefined();
          return;
        }
        expect(view.aggregate?.kind).toBe(step.kind);
      });
      if (step.kind === 'worksheet') continue;
      const aggregate = revealed[0]!.aggregate!;
      if (aggregate.kind === 'scale') expect(aggregate.respondents).toBe(PEOPLE - 1);
      if (aggregate.kind === 'choice')
        expect(aggregate.counts.find((c) => c.key === 'a')?.count).toBe(7);
      if (aggregate.kind === 'open') expect(aggregate.texts).toHaveLength(4);
      // The room sees ranges, never a mean that could pin a single answer (issue 13).
      if (aggregate.kind === 'slider') expect(aggregate.mean).toBeNull();
    }

    const ended = phones.map((phone) => waitForView(phone, (v) => v.status === 'ended'));
    await must(consoleSocket, 'session:action', { action: { type: 'end' } });
    for (const view of await Promise.all(ended)) expect(view.takeawayAvailable).toBe(true);

    const history = await must<{
      sessions: { sessionId: string; status: string; participants: number }[];
    }>(consoleSocket, 'history:list', {});
    expect(history.sessions).toContainEqual(
      expect.objectContaining({ sessionId, status: 'ended', participants: PEOPLE }),
    );
  });

  it('keeps nicknames and answer text off the disk in the clear, and nicknames out of the journal', async () => {
    const path = join(t.dataDir, 'sessions', `${sessionId}.journal`);
    const raw = (await readFile(path)).toString('latin1');
    expect(raw).not.toContain('Walking helps me');
    expect(raw).not.toContain('Zelda');
    const contents = await readJournal(path, await createFileKeyProvider(t.dataDir).getKey());
    expect(contents.problems).toEqual([]);
    const text = JSON.stringify(contents.records);
    expect(text).toContain('Walking helps me');
    for (const name of NICKNAMES) expect(text).not.toContain(name);
    for (const token of tokens) expect(text).not.toContain(token);
  });

  it('gives a takeaway only for a phone of the open session', async () => {
    const phone = phones[0]!;
    expect(await phone.takeaway('x'.repeat(43))).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const mine = await phone.takeaway(tokens[0]!);
    expect(mine.ok).toBe(true);
    if (mine.ok) expect(mine.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const clear = await fetch(`${t.host.participantUrl}/api/takeaway.pdf`, {
      headers: { 'x-resume-token': tokens[0]! },
    });
    expect(clear.status).toBe(410);
  });
});
