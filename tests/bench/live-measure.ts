/**
 * One live run against one target (the host or the bare relay): a crowd in the load-generator
 * process joins, answers within a window, then drops and resumes; the console side watches for
 * the final count; the target's memory and CPU are read from /proc.
 */
import type { ChildProcess } from 'node:child_process';
import type { Answer } from '../../shared/session/answer-schema.js';
import { forkScript, hasType, nextMessage, siblingScript, stopChild } from './child-process.js';
import { whenConsoleView, type ConsoleSocket } from './console-driver.js';
import type { AnswerReport, JoinReport, StormReport } from './crowd.js';
import type { GeneratorCommand, GeneratorReply } from './load-generator.js';
import { CpuWindow, readMemory, type MemorySample } from './proc-stats.js';

export interface LiveTarget {
  pid: number;
  participantOrigin: string;
  console: ConsoleSocket;
  roomCode: string;
  stepId: string;
  answers: Answer[];
}

export interface LiveFigures {
  join: JoinReport;
  answer: AnswerReport;
  /** From the last acknowledgement the generator saw to the console showing every answer. */
  consoleLagMs: number | null;
  memoryConnected: MemorySample;
  memoryAfter: MemorySample;
  answerCpu: { cpuSeconds: number; wallSeconds: number; cores: number };
  storm: StormReport;
}

export interface LiveOptions {
  participants: number;
  answerSpreadMs: number;
  stormSpreadMs: number;
  /** Bound on each phase, so the bench always stops by itself. */
  phaseTimeoutMs: number;
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

export async function measureLive(target: LiveTarget, options: LiveOptions): Promise<LiveFigures> {
  const generator = forkScript(siblingScript('load-generator'));
  try {
    const { report: join } = await ask<Extract<GeneratorReply, { type: 'joined' }>>(
      generator,
      {
        type: 'join',
        url: target.participantOrigin,
        roomCode: target.roomCode,
        count: options.participants,
        // One source address: the host limits per connection, not per address, and binding
        // thousands of sockets to chosen addresses makes the kernel's port search the bottleneck.
        spreadSourceAddresses: false,
      },
      'joined',
      options.phaseTimeoutMs,
    );
    const memoryConnected = readMemory(target.pid);

    const consoleSeen = whenConsoleView(
      target.console,
      (view) => view.answered >= join.joined,
      options.phaseTimeoutMs,
    ).catch(() => null);
    const cpu = new CpuWindow(target.pid);
    const { report: answer } = await ask<Extract<GeneratorReply, { type: 'answered' }>>(
      generator,
      {
        type: 'answer',
        stepId: target.stepId,
        answers: target.answers,
        spreadMs: options.answerSpreadMs,
      },
      'answered',
      options.phaseTimeoutMs,
    );
    const answerCpu = cpu.finish();
    const seen = answer.lost === 0 ? await consoleSeen : null;
    const consoleLagMs = seen ? Math.max(0, seen.at - answer.lastAckAt) : null;
    const memoryAfter = readMemory(target.pid);

    const { report: storm } = await ask<Extract<GeneratorReply, { type: 'stormed' }>>(
      generator,
      { type: 'storm', spreadMs: options.stormSpreadMs },
      'stormed',
      options.phaseTimeoutMs,
    );
    return { join, answer, consoleLagMs, memoryConnected, memoryAfter, answerCpu, storm };
  } finally {
    if (generator.connected) generator.send({ type: 'close' } satisfies GeneratorCommand);
    await stopChild(generator, 5_000);
  }
}
