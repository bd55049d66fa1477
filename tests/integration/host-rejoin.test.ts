import { afterEach, describe, expect, it } from 'vitest';
import type { JoinResult } from '../../shared/protocol/participant-events.js';
import type { ConsoleLiveView, ParticipantView } from '../../shared/protocol/views.js';
import {
  ask,
  closeClients,
  connectConsole,
  connectParticipant,
  eventually,
  must,
  openSession,
  startTestHost,
  tempDir,
  waitForView,
  type TestHost,
} from './host-test-kit.js';

const QUIZ_INDEX = 3;
const hosts: TestHost[] = [];

async function runningQuiz(t: TestHost) {
  const consoleSocket = await connectConsole(t.host);
  const view = await openSession(consoleSocket);
  await must(consoleSocket, 'session:action', { action: { type: 'start' } });
  await must(consoleSocket, 'session:action', { action: { type: 'goto', index: QUIZ_INDEX } });
  await must(consoleSocket, 'session:action', { action: { type: 'open' } });
  return { consoleSocket, view };
}

afterEach(async () => {
  closeClients();
  for (const t of hosts.splice(0)) await t.stop();
});

describe('host: a phone that comes back', () => {
  it('resumes as the same participant with its answers after a disconnect', async () => {
    const t = await startTestHost();
    hosts.push(t);
    const { consoleSocket, view } = await runningQuiz(t);
    const phone = await connectParticipant(t.host);
    const joined = await must<JoinResult>(phone, 'join', {
      roomCode: view.roomCode,
      nickname: 'Ada',
    });
    await must(phone, 'answer', { stepId: 'quiz', answer: { kind: 'choice', optionIds: ['c'] } });
    phone.disconnect();

    const again = await connectParticipant(t.host);
    const resumed = await must<JoinResult>(again, 'resume', { resumeToken: joined.resumeToken });
    expect(resumed.resumeToken).toBe(joined.resumeToken);
    expect(resumed.view.myAnswer).toEqual({ kind: 'choice', optionIds: ['c'] });
    expect(resumed.view.nickname).toBe('Ada');
    // Changing the answer works on the new connection and still counts one person.
    await must(again, 'answer', { stepId: 'quiz', answer: { kind: 'choice', optionIds: ['a'] } });
    const counted = await must<{ view: ConsoleLiveView }>(consoleSocket, 'session:action', {
      action: { type: 'close' },
    });
    expect(counted.view.joined).toBe(1);
    expect(counted.view.answered).toBe(1);
  });

  it('restores the participant and answers after the host restarts, without the nickname', async () => {
    const dataDir = await tempDir();
    const first = await startTestHost({ dataDir });
    const { view } = await runningQuiz(first);
    const phone = await connectParticipant(first.host);
    const joined = await must<JoinResult>(phone, 'join', {
      roomCode: view.roomCode,
      nickname: 'Grace',
    });
    await must(phone, 'answer', { stepId: 'quiz', answer: { kind: 'choice', optionIds: ['b'] } });
    await first.stop();

    const second = await startTestHost({ dataDir });
    hosts.push(second);
    const consoleSocket = await connectConsole(second.host);
    const phoneAgain = await connectParticipant(second.host);
    const resumed = await must<JoinResult>(phoneAgain, 'resume', {
      resumeToken: joined.resumeToken,
    });
    expect(resumed.view.sessionId).toBe(view.sessionId);
    expect(resumed.view.myAnswer).toEqual({ kind: 'choice', optionIds: ['b'] });
    expect(resumed.view.phase).toBe('open');
    expect(resumed.view.nickname).toBeUndefined();
    const restored = await eventually<ConsoleLiveView | null>(
      consoleSocket,
      'console:view',
      (v) => v !== null,
    );
    expect(restored?.roomCode).toBe(view.roomCode);
    // The room code from before still lets new phones in.
    const newcomer = await connectParticipant(second.host);
    expect((await ask(newcomer, 'join', { roomCode: view.roomCode })).ok).toBe(true);
  });

  it('refuses a removed participant and a token from another session', async () => {
    const t = await startTestHost();
    hosts.push(t);
    const { consoleSocket, view } = await runningQuiz(t);
    const phone = await connectParticipant(t.host);
    const joined = await must<JoinResult>(phone, 'join', {
      roomCode: view.roomCode,
      nickname: 'Eve',
    });
    const lobby = await eventually<ConsoleLiveView>(
      consoleSocket,
      'console:view',
      (v) => v?.joined === 1,
    );
    const removedView = new Promise((resolve) =>
      phone.on('view', (v: { removed: boolean }) => v.removed && resolve(v)),
    );
    await must(consoleSocket, 'session:action', {
      action: { type: 'remove', participantId: lobby.people[0]!.id },
    });
    await removedView;
    const again = await connectParticipant(t.host);
    expect(await ask(again, 'resume', { resumeToken: joined.resumeToken })).toMatchObject({
      ok: false,
      error: { code: 'REMOVED' },
    });
    expect(await ask(phone, 'answer', { stepId: 'quiz', answer: { kind: 'pass' } })).toMatchObject({
      ok: false,
      error: { code: 'REMOVED' },
    });

    await openSession(consoleSocket);
    const other = await connectParticipant(t.host);
    expect(await ask(other, 'resume', { resumeToken: joined.resumeToken })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_TOKEN' },
    });
  });

  it("sends a changed answer to the same person's other tab, not back to the tab that sent it", async () => {
    const t = await startTestHost();
    hosts.push(t);
    const consoleSocket = await connectConsole(t.host);
    const view = await openSession(consoleSocket);
    await must(consoleSocket, 'session:action', { action: { type: 'start' } });
    await must(consoleSocket, 'session:action', { action: { type: 'goto', index: QUIZ_INDEX } });
    const tabA = await connectParticipant(t.host);
    const joined = await must<JoinResult>(tabA, 'join', { roomCode: view.roomCode });
    const tabB = await connectParticipant(t.host);
    await must<JoinResult>(tabB, 'resume', { resumeToken: joined.resumeToken });
    // Views go out in order: once tab A shows the open question, nothing older is on its way.
    const opened = waitForView(tabA, (v) => v.phase === 'open');
    await must(consoleSocket, 'session:action', { action: { type: 'open' } });
    await opened;
    const viewsOfA: ParticipantView[] = [];
    tabA.on('view', (v: ParticipantView) => viewsOfA.push(v));

    const seenByB = waitForView(tabB, (v) => v.myAnswer !== undefined);
    await must(tabA, 'answer', { stepId: 'quiz', answer: { kind: 'choice', optionIds: ['b'] } });
    expect((await seenByB).myAnswer).toEqual({ kind: 'choice', optionIds: ['b'] });

    // The next view tab A gets is the room's close: none came for its own answer (it keeps
    // what it sent from the reply), and the room's view carries the answer all the same.
    const closed = waitForView(tabA, (v) => v.phase === 'closed');
    await must(consoleSocket, 'session:action', { action: { type: 'close' } });
    await closed;
    expect(viewsOfA.map((v) => v.phase)).toEqual(['closed']);
    expect(viewsOfA[0]!.myAnswer).toEqual({ kind: 'choice', optionIds: ['b'] });
  });
});
