/**
 * Answers while the counselor exports a results PDF: the same host, the same phones answering
 * over 2 s, once with nothing else going on and once while the console's export button is
 * pressed again and again. The PDF renders on a worker thread; what still runs on the host's
 * loop (reading and replaying the journal, sending the file) shows up here as ack latency.
 */
import type { ChildProcess } from 'node:child_process';
import {
  LIVE_OPTION_IDS,
  LIVE_STEP_ID as stepId,
  LIVE_STEP_INDEX,
  benchTemplateFile,
} from './bench-template.js';
import { forkScript, hasType, nextMessage, siblingScript, stopChild } from './child-process.js';
import { connectConsole, openExercise } from './console-driver.js';
import type { AnswerReport, JoinReport } from './crowd.js';
import type { HostHandle } from './host-launcher.js';
import type { GeneratorCommand, GeneratorReply } from './load-generator.js';

export const PDF_DURING_PHONES = 2000;
const SPREAD_MS = 2000;
const TIMEOUT_MS = 90_000;

export interface AckFigures {
  quietP95: number[];
  duringP95: number[];
  /** Exports finished while the phones answered, over all runs. */
  exports: number;
  lost: number;
}

async function ask<T extends GeneratorReply>(
  generator: ChildProcess,
  command: GeneratorCommand,
  type: T['type'],
): Promise<T> {
  const reply = nextMessage(
    generator,
    (m): m is T | Extract<GeneratorReply, { type: 'error' }> =>
      hasType<T>(type)(m) || hasType<{ type: 'error'; message: string }>('error')(m),
    TIMEOUT_MS,
    `the load generator (${command.type})`,
  );
  generator.send(command);
  const message = await reply;
  if (message.type === 'error') throw new Error(`load generator: ${message.message}`);
  return message as T;
}

/**
 * `exportPdf` fetches the results PDF once. Runs `repeats` rounds, quiet and rendering
 * alternating in order; each round every phone changes its answer once.
 */
export async function acksWhilePdfRenders(
  host: HostHandle,
  exportPdf: () => Promise<unknown>,
  repeats: number,
): Promise<AckFigures> {
  const consoleSocket = await connectConsole(host.consoleOrigin, host.token);
  const generator = forkScript(siblingScript('load-generator'));
  const figures: AckFigures = { quietP95: [], duringP95: [], exports: 0, lost: 0 };
  try {
    const view = await openExercise(consoleSocket, benchTemplateFile, LIVE_STEP_INDEX);
    const { report: joined } = await ask<{ type: 'joined'; report: JoinReport }>(
      generator,
      {
        type: 'join',
        url: new URL(host.participantUrl).origin,
        roomCode: view.roomCode,
        count: PDF_DURING_PHONES,
        spreadSourceAddresses: false,
      },
      'joined',
    );
    if (joined.joined < PDF_DURING_PHONES) {
      throw new Error(`only ${joined.joined} of ${PDF_DURING_PHONES} phones joined`);
    }
    let round = 0;
    const answerRound = async () => {
      // A different option each round, so every answer is a change the host journals.
      const optionId = LIVE_OPTION_IDS[round++ % LIVE_OPTION_IDS.length]!;
      const { report } = await ask<{ type: 'answered'; report: AnswerReport }>(
        generator,
        {
          type: 'answer',
          stepId,
          answers: [{ kind: 'choice', optionIds: [optionId] }],
          spreadMs: SPREAD_MS,
        },
        'answered',
      );
      figures.lost += report.lost;
      return report.latency.p95;
    };
    const quiet = async () => figures.quietP95.push(await answerRound());
    const rendering = async () => {
      let answering = true;
      const exporting = (async () => {
        while (answering) {
          await exportPdf();
          figures.exports++;
        }
      })();
      try {
        figures.duringP95.push(await answerRound());
      } finally {
        answering = false;
        await exporting;
      }
    };
    for (let r = 0; r < repeats; r++) {
      for (const run of r % 2 === 0 ? [quiet, rendering] : [rendering, quiet]) await run();
    }
    return figures;
  } finally {
    if (generator.connected) generator.send({ type: 'close' } satisfies GeneratorCommand);
    await stopChild(generator, 5_000);
    consoleSocket.close();
  }
}
