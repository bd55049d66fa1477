import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParticipantView } from '../../shared/protocol/views.js';
import { LOOP_SCHEDULER, type BroadcastScheduler } from '../../main/host/sockets/broadcaster.js';
import type { SealedPhone } from '../kits/sealed-phone.js';
import {
  closeClients,
  connectConsole,
  connectParticipant,
  latest,
  must,
  openSession,
  startTestHost,
  waitForView,
  type TestHost,
} from './host-test-kit.js';

const PEOPLE = 20;
const QUIZ = 3;
const SORTING = 4;

type Entry = { kind: 'at-once' } | { kind: 'deferred'; delayMs: number } | { kind: 'ran' };

/**
 * The phones' lane's scheduler, held by the test: a send due now runs on the loop's next turn
 * (as on the real loop), a deferred one waits until the test releases it. Its clock is virtual:
 * a send costs `sendCostMs`, so the test can give the room's passes the cost a big room's have.
 */
class HandScheduler implements BroadcastScheduler {
  readonly log: Entry[] = [];
  sendCostMs = 0;
  private time = 0;
  private charging = false;
  private pending = 0;
  private held: (() => void)[] = [];

  now = (): number => {
    const at = this.time;
    // The first reading in a send is its start; every later one sees the send's cost spent.
    if (this.charging) {
      this.time += this.sendCostMs;
      this.charging = false;
    }
    return at;
  };

  later = (delayMs: number, flush: () => void): (() => void) => {
    const run = () => {
      this.log.push({ kind: 'ran' });
      this.charging = true;
      flush();
      this.charging = false;
    };
    if (delayMs <= 0) {
      this.log.push({ kind: 'at-once' });
      this.pending += 1;
      const immediate = setImmediate(() => {
        this.pending -= 1;
        run();
      });
      return () => {
        this.pending -= 1;
        clearImmediate(immediate);
      };
    }
    this.log.push({ kind: 'deferred', delayMs });
    this.held.push(run);
    return () => (this.held = this.held.filter((held) => held !== run));
  };

  get heldSends(): number {
    return this.held.length;
  }

  /** Runs the held sends as if their time had come. */
  release(): void {
    for (const run of this.held.splice(0)) run();
  }

  /** Resolves once no send is due on the loop. */
  async settled(): Promise<void> {
    while (this.pending > 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

describe(`view pacing with ${PEOPLE} phones over real sockets`, () => {
  const phonesLane = new HandScheduler();
  let t: TestHost;
  let consoleSocket: Socket;
  let phones: SealedPhone[] = [];

  const act = (type: string, extra: object = {}) =>
    must(consoleSocket, 'session:action', { action: { type, ...extra } });
  const everyPhoneSees = (predicate: (view: ParticipantView) => boolean) =>
    Promise.all(phones.map((phone) => waitForView(phone, predicate)));

  beforeAll(async () => {
    t = await startTestHost({
      broadcastScheduler: (lane) => (lane === 'phones' ? phonesLane : LOOP_SCHEDULER),
    });
    consoleSocket = await connectConsole(t.host);
    const opened = await openSession(consoleSocket);
    phones = await Promise.all(Array.from({ length: PEOPLE }, () => connectParticipant(t.host)));
    await Promise.all(
      phones.map((phone, i) =>
        must(phone, 'join', { roomCode: opened.roomCode, nickname: `Pacing${i}Heron` }),
      ),
    );
    await act('start');
    const atQuiz = everyPhoneSees((v) => v.stepIndex === QUIZ);
    await act('goto', { index: QUIZ });
    await atQuiz;
  });

  afterAll(async () => {
    closeClients();
    await t.stop();
  });

  it('sends a small room its reveal in one send on the loop’s next turn, not after a timer', async () => {
    const opened = everyPhoneSees((v) => v.stepIndex === QUIZ && v.phase === 'open');
    await act('open');
    await opened;
    await Promise.all(
      phones.map((phone, i) =>
        must(phone, 'answer', {
          stepId: 'quiz',
          answer: { kind: 'choice', optionIds: [i % 2 ? 'a' : 'b'] },
        }),
      ),
    );
    await act('close');
    await phonesLane.settled();
    const mark = phonesLane.log.length;

    const sendsBeforeView: number[] = [];
    const revealed = Promise.all(
      phones.map((phone) =>
        waitForView(phone, (v) => v.stepIndex === QUIZ && v.phase === 'revealed').then((view) => {
          sendsBeforeView.push(phonesLane.log.slice(mark).filter((e) => e.kind === 'ran').length);
          return view;
        }),
      ),
    );
    await act('reveal');
    const views = await revealed;

    // One room-wide send, asked for at once, and it is the one that brought every phone the reveal.
    expect(phonesLane.log.slice(mark)).toEqual([{ kind: 'at-once' }, { kind: 'ran' }]);
    expect(sendsBeforeView).toEqual(Array.from({ length: PEOPLE }, () => 1));
    expect(phonesLane.heldSends).toBe(0);
    expect(views.every((v) => v.aggregate?.kind === 'choice')).toBe(true);
  });

  it('when a pass costs what a big room’s does, defers the next and folds a burst into one send', async () => {
    // Every pass from here costs 60 ms: the next may go only after 4 × that.
    phonesLane.sendCostMs = 60;
    const atSorting = everyPhoneSees((v) => v.stepIndex === SORTING);
    const costly = phonesLane.log.length;
    await act('goto', { index: SORTING });
    await atSorting;
    expect(phonesLane.log.slice(costly)).toEqual([{ kind: 'at-once' }, { kind: 'ran' }]);

    const mark = phonesLane.log.length;
    await act('open');
    await Promise.all(
      phones.map((phone, i) =>
        must(phone, 'answer', {
          stepId: 'sorting',
          answer: {
            kind: 'sort',
            placements: { own: 'inter', fix: 'co', ask: i % 2 ? 'inter' : 'co' },
          },
        }),
      ),
    );
    await act('close');
    await act('reveal');
    await phonesLane.settled();

    // Open, twenty answers, close and reveal: one send, deferred, and none has gone out yet.
    const burst = phonesLane.log.slice(mark);
    expect(burst).toHaveLength(1);
    expect(burst[0]).toMatchObject({ kind: 'deferred' });
    expect((burst[0] as { delayMs: number }).delayMs).toBeGreaterThan(0);
    expect(phonesLane.heldSends).toBe(1);
    expect(
      phones.every((phone) => latest<ParticipantView>(phone, 'view')?.stepIndex === SORTING),
    ).toBe(true);
    expect(
      phones.some((phone) => latest<ParticipantView>(phone, 'view')?.phase === 'revealed'),
    ).toBe(false);

    const revealed = everyPhoneSees((v) => v.stepIndex === SORTING && v.phase === 'revealed');
    phonesLane.release();
    const views = await revealed;
    expect(phonesLane.log.slice(mark)).toEqual([burst[0], { kind: 'ran' }]);
    expect(views.every((v) => v.aggregate?.kind === 'sort')).toBe(true);
  });
});
