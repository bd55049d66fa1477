/**
 * One workshop as it really runs, against the host or the bare relay: phones join first, then the
 * console opens each exercise, every phone answers at a random moment within 2 s of seeing it
 * open, and the console closes and reveals it. The phones live in a separate load-generator
 * process; the target's CPU time and memory are read from /proc.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answer } from '../../shared/session/answer-schema.js';
import { isExercise, type ExerciseStep } from '../../shared/template/step-schema.js';
import { templateSchema } from '../../shared/template/template-schema.js';
import type { RelayMessage } from './bare-relay.js';
import { benchTemplate, benchTemplateFile } from './bench-template.js';
import { forkScript, hasType, nextMessage, siblingScript, stopChild } from './child-process.js';
import {
  act,
  benchSessionSettings,
  connectConsole,
  consoleRequest,
  whenConsoleView,
  type ConsoleSocket,
} from './console-driver.js';
import type { StormReport } from './crowd.js';
import type { ExerciseReport } from './exercise-follower.js';
import { HOST_NODE_FLAGS } from '../../main/host/heap-tuning.js';
import { launchHost, trialNodeArgs } from './host-launcher.js';
import type { GeneratorCommand, GeneratorReply } from './load-generator.js';
import { readCpuSeconds, readMemory } from './proc-stats.js';
import { answerFor, seeded } from './results-session.js';
import { wallNow } from './stats.js';
import { CROWD_JOIN_LIMIT } from './crowd-join-limit.js';

export type Target = 'host' | 'baseline';

export interface SessionOptions {
  phones: number;
  /** How many exercises the console runs, in workshop order (at least 3). */
  exercises: number;
  answerSpreadMs: number;
  /** Bound on each phase, so the bench always stops by itself. */
  phaseTimeoutMs: number;
  /** After the last question: every phone drops and resumes within this many ms. */
  stormSpreadMs?: number;
}

export interface SessionFigures {
  phones: number;
  joined: number;
  joinMs: number;
  answersSent: number;
  answersAcked: number;
  errors: Record<string, number>;
  /** Every acknowledged answer's latency over all exercises, as the phones saw it. */
  ackLatencies: number[];
  /** Worst exercise: console's `open` sent → the last phone showing it open (null: some never did). */
  openToAllMs: number | null;
  /** Worst exercise: console's `reveal` sent → the last phone showing the reveal. */
  revealToAllMs: number | null;
  /** Worst exercise: the last acknowledgement → the console showing every answer counted. */
  consoleLagMs: number | null;
  /** Target CPU time (user + system) from the first open to the last reveal, per answer. */
  cpuMsPerAnswer: number;
  /**
   * The load generator's CPU time over the same window, per answer: it shares the machine's
   * cores with the target, so when it is large the target's latencies are the machine's.
   */
  generatorCpuMsPerAnswer: number;
  rssAfterBytes: number;
  /** The target's highest RSS so far (VmHWM), read right after the last question. */
  peakRssBytes: number;
  /** RSS with the session started and no phone yet: rssAfterBytes minus this is the phones' share. */
  rssBeforeJoinBytes: number;
  /** The reconnect storm after the last question, when asked for. */
  storm?: StormReport;
}

interface Running {
  pid: number;
  participantOrigin: string;
  console: ConsoleSocket;
  roomCode: string;
  close(): Promise<void>;
}

const template = templateSchema.parse(benchTemplate);

/** The exercises the session runs, with their index in the workshop and answers to give. */
function plannedExercises(
  count: number,
): { index: number; step: ExerciseStep; answers: Answer[] }[] {
  const random = seeded(11);
  return template.steps
    .map((step, index) => ({ step, index }))
    .filter((s): s is { step: ExerciseStep; index: number } => isExercise(s.step))
    .slice(0, count)
    .map(({ step, index }) => ({
      index,
      step,
      answers: Array.from({ length: 16 }, (_, n) => answerFor(step, random, n)),
    }));
}

async function startHostTarget(phones: number): Promise<Running> {
  const dataDir = mkdtempSync(join(tmpdir(), 'circlework-bench-'));
  try {
    // The room cap is raised for the bench only; the host's default stays.
    const host = await launchHost({
      dataDir,
      participantHostname: '127.0.0.1',
      roomCap: phones,
      participantJoinLimit: CROWD_JOIN_LIMIT,
    });
    const consoleSocket = await connectConsole(host.consoleOrigin, host.token).catch(
      async (error: unknown) => {
        await host.close();
        throw error;
      },
    );
    const close = async () => {
      consoleSocket.close();
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    };
    try {
      const { templateId } = await consoleRequest(
        consoleSocket,
        'library:import',
        benchTemplateFile,
      );
      await consoleRequest(consoleSocket, 'session:create', {
        templateId,
        settings: benchSessionSettings,
      });
      const view = await act(consoleSocket, { type: 'start' });
      return {
        pid: host.pid,
        participantOrigin: new URL(host.participantUrl).origin,
        console: consoleSocket,
        roomCode: view.roomCode,
        close,
      };
    } catch (error) {
      await close();
      throw error;
    }
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

async function startRelayTarget(): Promise<Running> {
  const relay = forkScript(siblingScript('bare-relay'), {
    args: [JSON.stringify(template.steps.map((s) => s.id))],
    // The host's own V8 sizing, so the baseline's memory is not the default heap's.
    nodeArgs: [...HOST_NODE_FLAGS, ...trialNodeArgs()],
  });
  try {
    const ready = await nextMessage(relay, hasType<RelayMessage>('ready'), 30_000, 'the relay');
    const origin = `http://127.0.0.1:${ready.port}`;
    const consoleSocket = await connectConsole(`http://127.0.0.1:${ready.consolePort}`, 'baseline');
    return {
      pid: ready.pid,
      participantOrigin: origin,
      console: consoleSocket,
      roomCode: 'BENCH2',
      async close() {
        consoleSocket.close();
        await stopChild(relay);
      },
    };
  } catch (error) {
    await stopChild(relay);
    throw error;
  }
}

async function ask<R extends GeneratorReply>(
  generator: ChildProcess,
  command: GeneratorCommand,
  type: R['type'],
  timeoutMs: number,
): Promise<R> {
  const reply = nextMessage(
    generator,
    (m): m is R | Extract<GeneratorReply, { type: 'error' }> =>
      hasType<R>(type)(m) || hasType<{ type: 'error'; message: string }>('error')(m),
    timeoutMs,
    `the load generator (${command.type})`,
  );
  generator.send(command);
  const message = await reply;
  if (message.type === 'error') throw new Error(`load generator: ${message.message}`);
  return message as R;
}

type Reply<T extends GeneratorReply['type']> = Extract<GeneratorReply, { type: T }>;

export async function runSession(target: Target, options: SessionOptions): Promise<SessionFigures> {
  const running =
    target === 'host' ? await startHostTarget(options.phones) : await startRelayTarget();
  const generator = forkScript(siblingScript('load-generator'));
  try {
    const t = options.phaseTimeoutMs;
    const rssBeforeJoinBytes = readMemory(running.pid).rssBytes;
    const { report: join } = await ask<Reply<'joined'>>(
      generator,
      {
        type: 'join',
        url: running.participantOrigin,
        roomCode: running.roomCode,
        count: options.phones,
        // One source address: the host limits per connection, not per address, and binding
        // thousands of sockets to chosen addresses makes the kernel's port search the bottleneck.
        spreadSourceAddresses: false,
      },
      'joined',
      t,
    );
    const cpuBefore = readCpuSeconds(running.pid);
    const generatorCpuBefore = readCpuSeconds(generator.pid!);
    const reports: {
      report: ExerciseReport;
      openAt: number;
      revealAt: number;
      consoleAt: number | null;
    }[] = [];
    for (const exercise of plannedExercises(options.exercises)) {
      await ask<Reply<'following'>>(
        generator,
        {
          type: 'follow',
          stepId: exercise.step.id,
          answers: exercise.answers,
          spreadMs: options.answerSpreadMs,
        },
        'following',
        t,
      );
      await act(running.console, { type: 'goto', index: exercise.index });
      // Joined phone i gives answers[i % 16]; the console counts no pass as an answer.
      const expected = Array.from(
        { length: join.joined },
        (_, i) => exercise.answers[i % exercise.answers.length],
      ).filter((answer) => answer?.kind !== 'pass').length;
      const consoleSeen = whenConsoleView(
        running.console,
        (view) => view.stepIndex === exercise.index && view.answered >= expected,
        t,
      ).then(
        (seen) => seen.at,
        () => null,
      );
      const openAt = wallNow();
      await act(running.console, { type: 'open' });
      await ask<Reply<'answers-settled'>>(
        generator,
        { type: 'await-answers', timeoutMs: t },
        'answers-settled',
        t + 5_000,
      );
      const consoleAt = await consoleSeen;
      await act(running.console, { type: 'close' });
      const revealAt = wallNow();
      await act(running.console, { type: 'reveal' });
      const { report } = await ask<Reply<'exercise'>>(
        generator,
        { type: 'await-reveal', timeoutMs: t },
        'exercise',
        t + 5_000,
      );
      reports.push({ report, openAt, revealAt, consoleAt });
    }
    const cpuSeconds = readCpuSeconds(running.pid) - cpuBefore;
    const generatorCpuSeconds = readCpuSeconds(generator.pid!) - generatorCpuBefore;
    const { rssBytes: rssAfterBytes, peakRssBytes } = readMemory(running.pid);
    const storm =
      options.stormSpreadMs === undefined
        ? undefined
        : (
            await ask<Reply<'stormed'>>(
              generator,
              { type: 'storm', spreadMs: options.stormSpreadMs },
              'stormed',
              t,
            )
          ).report;
    const worst = (at: (r: (typeof reports)[number]) => number | null) =>
      reports.some((r) => at(r) === null) ? null : Math.max(...reports.map((r) => at(r) as number));
    const answersAcked = reports.reduce((sum, r) => sum + r.report.answered, 0);
    const errors: Record<string, number> = { ...join.errors };
    for (const { report } of reports) {
      for (const [code, n] of Object.entries(report.errors)) errors[code] = (errors[code] ?? 0) + n;
    }
    return {
      phones: options.phones,
      joined: join.joined,
      joinMs: join.ms,
      answersSent: reports.reduce((sum, r) => sum + r.report.phones, 0),
      answersAcked,
      errors,
      ackLatencies: reports.flatMap((r) => r.report.ackLatencies),
      openToAllMs: worst((r) =>
        r.report.lastOpenSeenAt === null ? null : Math.max(0, r.report.lastOpenSeenAt - r.openAt),
      ),
      revealToAllMs: worst((r) =>
        r.report.lastRevealSeenAt === null
          ? null
          : Math.max(0, r.report.lastRevealSeenAt - r.revealAt),
      ),
      consoleLagMs: worst((r) =>
        r.consoleAt === null ? null : Math.max(0, r.consoleAt - r.report.lastAckAt),
      ),
      cpuMsPerAnswer: answersAcked > 0 ? (cpuSeconds * 1000) / answersAcked : Number.NaN,
      generatorCpuMsPerAnswer:
        answersAcked > 0 ? (generatorCpuSeconds * 1000) / answersAcked : Number.NaN,
      rssAfterBytes,
      peakRssBytes,
      rssBeforeJoinBytes,
      ...(storm ? { storm } : {}),
    };
  } finally {
    if (generator.connected) generator.send({ type: 'close' } satisfies GeneratorCommand);
    await stopChild(generator, 5_000);
    await running.close();
  }
}
