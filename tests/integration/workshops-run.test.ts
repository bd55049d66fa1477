import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { silentLogger } from '../../main/host/logger.js';
import { startHost, type RunningHost } from '../../main/host/start-host.js';
import { shippedTemplatesDir } from '../../main/templates/shipped-templates-dir.js';
import type { Aggregate } from '../../shared/aggregate/aggregate-types.js';
import {
  PARTICIPANT_NAMESPACE,
  type ParticipantRequest,
} from '../../shared/protocol/participant-events.js';
import type { ConsoleLiveView, ParticipantView } from '../../shared/protocol/views.js';
import type { Answer } from '../../shared/session/answer-schema.js';
import type { ExerciseStep, StepOf } from '../../shared/template/step-schema.js';
import type { Template } from '../../shared/template/template-schema.js';
import {
  act,
  benchSessionSettings,
  connectConsole,
  consoleRequest,
  whenConsoleView,
  type ConsoleSocket,
} from '../bench/console-driver.js';
import { connectSealedPhone, type SealedPhone } from '../kits/sealed-phone.js';

/** Every shipped workshop, run step by step by a console and six simulated phones. */
const PHONES = 6;
/** The last phone passes on every exercise: a pass must never count. */
const PASSER = PHONES - 1;
const WAIT_MS = 60_000;

class Phone {
  latest?: ParticipantView;
  private waiters: { accept: (v: ParticipantView) => boolean; resolve: () => void }[] = [];

  constructor(readonly socket: SealedPhone) {
    socket.on('view', (view: ParticipantView) => this.see(view));
  }

  private see(view: ParticipantView) {
    this.latest = view;
    this.waiters = this.waiters.filter((w) => {
      if (!w.accept(view)) return true;
      w.resolve();
      return false;
    });
  }

  /** Resolves with the first view (current or coming) that `accept` takes. */
  until(accept: (v: ParticipantView) => boolean, what: string): Promise<ParticipantView> {
    return new Promise((resolve, reject) => {
      if (this.latest && accept(this.latest)) return resolve(this.latest);
      const timer = setTimeout(() => reject(new Error(`phone never saw: ${what}`)), WAIT_MS);
      this.waiters.push({
        accept,
        resolve: () => {
          clearTimeout(timer);
          resolve(this.latest!);
        },
      });
    });
  }

  async request<N extends 'join' | 'answer' | 'share'>(
    name: N,
    payload: ParticipantRequest<N>,
  ): Promise<void> {
    const reply = await this.socket.request<{ view?: ParticipantView }>(name, payload, WAIT_MS);
    if (!reply.ok) throw new Error(`${name} refused: ${reply.error.code} ${reply.error.message}`);
    if (reply.view) this.see(reply.view);
  }
}

async function connectPhone(origin: string): Promise<Phone> {
  return new Phone(await connectSealedPhone(origin + PARTICIPANT_NAMESPACE));
}

/** A different, valid answer per phone, so the aggregates have something to add up. */
function answerFor(step: ExerciseStep, phone: number): Answer {
  if (phone === PASSER) return { kind: 'pass' };
  switch (step.kind) {
    case 'choice': {
      const ids = step.options.map((o) => o.id);
      const first = ids[phone % ids.length]!;
      return {
        kind: 'choice',
        optionIds: step.multiple ? [first, ids[(phone + 1) % ids.length]!] : [first],
      };
    }
    case 'scale': {
      const statements = step.themes.flatMap((t) => t.statements);
      // Phone 4 leaves the first statement out: skipping one statement is allowed.
      const rated = phone === 4 ? statements.slice(1) : statements;
      return {
        kind: 'scale',
        values: Object.fromEntries(rated.map((s, j) => [s.id, ((phone + j) % 5) + 1])),
      };
    }
    case 'sort': {
      const categories = step.categories.map((c) => c.id);
      return {
        kind: 'sort',
        placements: Object.fromEntries(
          step.items.map((item, i) => [
            item.id,
            // Three phones follow the answer key; the others scatter.
            phone < 3 ? item.category : categories[(phone + i) % categories.length]!,
          ]),
        ),
      };
    }
    case 'words': {
      const pool = ['Calm!', 'safe', 'calm', 'warm', 'trust'];
      const words = [pool[phone % pool.length]!, 'trust'].slice(0, step.maxWords);
      return { kind: 'words', words };
    }
    case 'open':
      return { kind: 'open', text: `Shared thought number ${phone}`, share: phone % 2 === 0 };
    case 'rank': {
      const ids = step.items.map((i) => i.id);
      return { kind: 'rank', order: [...ids.slice(phone), ...ids.slice(0, phone)] };
    }
    case 'slider': {
      const span = (step.max - step.min) / step.step + 1;
      return { kind: 'slider', value: step.min + ((phone * 3) % span) * step.step };
    }
    case 'worksheet':
      return {
        kind: 'worksheet',
        fields: Object.fromEntries(step.fields.map((f) => [f.id, `private-${phone}-${f.id}`])),
      };
  }
}

const round = (value: number, decimals = 2) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const mean = (values: number[]) =>
  values.length === 0 ? null : round(values.reduce((a, b) => a + b, 0) / values.length);

/** Every count of 1 or 2 anywhere in an aggregate: the room must show none (issue 13). */
function smallCounts(aggregate: unknown): number[] {
  if (Array.isArray(aggregate)) return aggregate.flatMap(smallCounts);
  if (typeof aggregate !== 'object' || aggregate === null) return [];
  const own = (aggregate as { count?: unknown }).count;
  const here = typeof own === 'number' && own >= 1 && own <= 2 ? [own] : [];
  const distribution = (aggregate as { distribution?: unknown }).distribution;
  const raw = Array.isArray(distribution)
    ? distribution.filter((n): n is number => typeof n === 'number' && n >= 1 && n <= 2)
    : [];
  return [...here, ...raw, ...Object.values(aggregate).flatMap(smallCounts)];
}

/** What the counselor's chart should show, worked out from the answers sent, independently of the host. */
function expectedAggregate(step: ExerciseStep, answers: Answer[], approved: string[]): unknown {
  const given = answers.filter((a) => a.kind !== 'pass');
  const of = <K extends Answer['kind']>(kind: K) =>
    given.filter((a) => a.kind === kind) as Extract<Answer, { kind: K }>[];
  const respondents = given.length;
  switch (step.kind) {
    case 'choice':
      return {
        kind: 'choice',
        respondents,
        counts: step.options.map((o) => ({
          key: o.id,
          count: of('choice').filter((a) => a.optionIds.includes(o.id)).length,
        })),
        ...(step.correct ? { correct: step.correct } : {}),
      };
    case 'scale': {
      const ratingsOf = (ids: string[]) =>
        of('scale').flatMap((a) => ids.flatMap((id) => a.values[id] ?? []));
      const spread = (ratings: number[]) =>
        [1, 2, 3, 4, 5].map((r) => ratings.filter((x) => x === r).length);
      return {
        kind: 'scale',
        respondents,
        themes: step.themes.map((theme) => {
          const all = ratingsOf(theme.statements.map((s) => s.id));
          return {
            themeId: theme.id,
            distribution: spread(all),
            mean: mean(all),
            statements: theme.statements.map((s) => ({
              statementId: s.id,
              distribution: spread(ratingsOf([s.id])),
              mean: mean(ratingsOf([s.id])),
            })),
          };
        }),
      };
    }
    case 'sort':
      return {
        kind: 'sort',
        respondents,
        items: step.items.map((item) => {
          const placed = of('sort').map((a) => a.placements[item.id]!);
          return {
            itemId: item.id,
            correctShare: round(
              placed.filter((p) => p === item.category).length / placed.length,
              4,
            ),
            counts: step.categories.map((c) => ({
              key: c.id,
              count: placed.filter((p) => p === c.id).length,
            })),
            placed: placed.length,
          };
        }),
      };
    case 'words': {
      const counts = new Map<string, number>();
      for (const answer of of('words')) {
        for (const word of new Set(answer.words.map((w) => w.toLowerCase().replace(/!/g, '')))) {
          counts.set(word, (counts.get(word) ?? 0) + 1);
        }
      }
      return {
        kind: 'words',
        respondents,
        words: [...counts]
          .map(([key, count]) => ({ key, count }))
          .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
      };
    }
    case 'open':
      return { kind: 'open', respondents, texts: expect.toSatisfy(sameSet(approved)) };
    case 'rank': {
      const items = step.items.map((item, order) => ({
        itemId: item.id,
        averagePosition: mean(of('rank').map((a) => a.order.indexOf(item.id) + 1))!,
        order,
      }));
      items.sort((a, b) => a.averagePosition - b.averagePosition || a.order - b.order);
      return {
        kind: 'rank',
        respondents,
        items: items.map(({ itemId, averagePosition }) => ({ itemId, averagePosition })),
      };
    }
    case 'slider': {
      const values = of('slider')
        .map((a) => a.value)
        .sort((a, b) => a - b);
      const mid = Math.floor(values.length / 2);
      const median = values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
      const keys: number[] = [];
      for (let v = step.min; v <= step.max; v += step.step) keys.push(v);
      return {
        kind: 'slider',
        respondents,
        distribution: keys.map((v) => ({
          key: String(v),
          count: values.filter((x) => x === v).length,
        })),
        mean: mean(values),
        median: round(median),
      };
    }
    case 'worksheet':
      return undefined;
  }
}

function sameSet(expected: string[]) {
  return (actual: unknown) =>
    Array.isArray(actual) &&
    JSON.stringify([...actual].sort()) === JSON.stringify([...expected].sort());
}

const workshopIds = ['interdependence', 'boundaries', 'keeping-yourself', 'check-ins'];

describe.each(workshopIds)('the shipped workshop "%s"', (templateId) => {
  let dataDir: string;
  let host: RunningHost;
  let consoleSocket: ConsoleSocket;
  const phones: Phone[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'circlework-workshop-'));
    host = await startHost({
      dataDir,
      participantPort: 0,
      participantHostname: '127.0.0.1',
      consolePort: 0,
      templatesDir: shippedTemplatesDir(),
      autoResume: false,
      log: silentLogger,
    });
    consoleSocket = await connectConsole(new URL(host.consoleUrl).origin, host.token);
  });

  afterAll(async () => {
    for (const phone of phones) phone.socket.close();
    consoleSocket?.close();
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('runs end to end with six phones, and every aggregate adds up', async () => {
    const { templates, errors } = await consoleRequest(consoleSocket, 'library:list', {});
    expect(errors).toEqual([]);
    expect(templates.map((t) => t.id).sort()).toEqual([...workshopIds].sort());
    const { template } = (await consoleRequest(consoleSocket, 'library:get', { templateId })) as {
      template: Template;
    };

    const created = await consoleRequest(consoleSocket, 'session:create', {
      templateId,
      settings: benchSessionSettings,
    });
    const roomCode = created.view.roomCode;
    for (let p = 0; p < PHONES; p++) {
      const phone = await connectPhone(host.participantUrl);
      phones.push(phone);
      await phone.request('join', { roomCode });
    }
    expect((await act(consoleSocket, { type: 'start' })).joined).toBe(PHONES);

    for (const [index, step] of template.steps.entries()) {
      const entered = await act(consoleSocket, { type: 'goto', index });
      expect(entered.stepIndex).toBe(index);
      await Promise.all(
        phones.map((phone) => phone.until((v) => v.stepIndex === index, `step ${index}`)),
      );
      if (step.kind === 'info') continue;
      if (step.kind === 'timer') {
        await runTimer(step);
        continue;
      }
      await runExercise(step, index);
    }

    const ended = await act(consoleSocket, { type: 'end' });
    expect(ended.status).toBe('ended');
    await Promise.all(phones.map((phone) => phone.until((v) => v.status === 'ended', 'the end')));
  });

  async function runTimer(step: StepOf<'timer'>) {
    const started = await act(consoleSocket, { type: 'timer', command: 'start' });
    expect(started.timer).toMatchObject({ stepId: step.id, durationMs: step.seconds * 1000 });
    await Promise.all(
      phones.map((phone) =>
        phone.until(
          (v) => v.timer?.stepId === step.id && v.timer.runningSince !== undefined,
          'timer',
        ),
      ),
    );
    await act(consoleSocket, { type: 'timer', command: 'pause' });
  }

  async function runExercise(step: ExerciseStep, index: number) {
    const opened = await act(consoleSocket, { type: 'open' });
    expect(opened.phases[step.id]).toBe('open');
    await Promise.all(phones.map((phone) => phone.until((v) => v.phase === 'open', 'open')));

    const answers = phones.map((_, p) => answerFor(step, p));
    // The passer's pass is not counted: "answered" must never give a pass away.
    const answeredAll = whenConsoleView(
      consoleSocket,
      // The step and its phase too: the last view may still be the previous step's, all answered.
      (v) =>
        v.stepIndex === index &&
        v.phases[step.id] === 'open' &&
        v.answered === PHONES - 1 &&
        v.unanswered === 0,
      WAIT_MS,
    );
    await Promise.all(
      phones.map((phone, p) => phone.request('answer', { stepId: step.id, answer: answers[p]! })),
    );
    const { view: live } = await answeredAll;
    await act(consoleSocket, { type: 'close' });

    let approved: string[] = [];
    if (step.kind === 'open') approved = await moderate(live, answers, step.id);
    if (step.kind === 'worksheet') {
      // Worksheets are never aggregated, and their words never reach the console.
      expect(live.liveAggregate).toBeUndefined();
      expect(JSON.stringify(live)).not.toContain('private-');
    }

    const revealed = await act(consoleSocket, { type: 'reveal' });
    const expected = expectedAggregate(step, answers, approved);
    // The counselor's own chart adds up exactly; the room sees it coarsened (issue 13).
    if (step.kind === 'worksheet') expect(revealed.liveAggregate).toBeUndefined();
    else expect(revealed.liveAggregate).toEqual(expected);
    if (revealed.roomAggregate) {
      expect(revealed.roomAggregate).toMatchObject({
        kind: (expected as { kind: string }).kind,
        respondents: PHONES - 1,
      });
      expect(smallCounts(revealed.roomAggregate)).toEqual([]);
    } else {
      expect(step.kind).toBe('worksheet');
    }

    await Promise.all(
      phones.map(async (phone, p) => {
        const view = await phone.until(
          (v) => v.stepIndex === revealed.stepIndex && v.phase === 'revealed',
          'the reveal',
        );
        expect(view.aggregate as Aggregate | undefined).toEqual(revealed.roomAggregate);
        if (p !== PASSER) expect(view.myAnswer).toEqual(answers[p]);
      }),
    );
  }

  /** Approves every opted-in text but one, which the counselor hides. */
  async function moderate(
    live: ConsoleLiveView,
    answers: Answer[],
    stepId: string,
  ): Promise<string[]> {
    const shared = answers.flatMap((a) => (a.kind === 'open' && a.share ? [a.text] : []));
    expect(live.moderation.map((m) => m.text).sort()).toEqual([...shared].sort());
    const [hidden, ...rest] = live.moderation;
    await act(consoleSocket, { type: 'moderate', stepId, ref: hidden!.ref, decision: 'hidden' });
    for (const item of rest) {
      await act(consoleSocket, { type: 'moderate', stepId, ref: item.ref, decision: 'approved' });
    }
    return rest.map((item) => item.text);
  }
});
