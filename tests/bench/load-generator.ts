/**
 * The bench's load generator: its own process, so the host's figures are not skewed by the
 * clients' work in the same event loop. Driven step by step over IPC by run.ts.
 */
import type { Answer } from '../../shared/session/answer-schema.js';
import { Crowd, type AnswerReport, type JoinReport, type StormReport } from './crowd.js';
import { ExerciseFollower, type ExerciseReport } from './exercise-follower.js';
import { startGeneratorProfile, stopGeneratorProfile } from './generator-profile.js';

export type GeneratorCommand =
  | { type: 'join'; url: string; roomCode: string; count: number; spreadSourceAddresses: boolean }
  | { type: 'answer'; stepId: string; answers: Answer[]; spreadMs: number }
  | { type: 'storm'; spreadMs: number }
  | { type: 'follow'; stepId: string; answers: Answer[]; spreadMs: number }
  | { type: 'await-answers'; timeoutMs: number }
  | { type: 'await-reveal'; timeoutMs: number }
  | { type: 'close' };

export type GeneratorReply =
  | { type: 'joined'; report: JoinReport }
  | { type: 'answered'; report: AnswerReport }
  | { type: 'stormed'; report: StormReport }
  | { type: 'following' }
  | { type: 'answers-settled' }
  | { type: 'exercise'; report: ExerciseReport }
  | { type: 'error'; message: string };

let crowd: Crowd | undefined;
let follower: ExerciseFollower | undefined;

function reply(message: GeneratorReply): void {
  process.send?.(message);
}

async function handle(command: GeneratorCommand): Promise<void> {
  switch (command.type) {
    case 'join':
      crowd = new Crowd({
        url: command.url,
        count: command.count,
        spreadSourceAddresses: command.spreadSourceAddresses,
        light: true,
      });
      reply({ type: 'joined', report: await crowd.join(command.roomCode) });
      return;
    case 'answer':
      if (!crowd) throw new Error('answer before join');
      reply({
        type: 'answered',
        report: await crowd.answerAll(command.stepId, command.answers, command.spreadMs),
      });
      return;
    case 'storm':
      if (!crowd) throw new Error('storm before join');
      reply({ type: 'stormed', report: await crowd.storm(command.spreadMs) });
      return;
    case 'follow':
      if (!crowd) throw new Error('follow before join');
      await startGeneratorProfile();
      follower = new ExerciseFollower(crowd, command.stepId, command.answers, command.spreadMs);
      reply({ type: 'following' });
      return;
    case 'await-answers':
      if (!follower) throw new Error('await-answers before follow');
      await follower.allAnswered(command.timeoutMs);
      reply({ type: 'answers-settled' });
      return;
    case 'await-reveal':
      if (!follower) throw new Error('await-reveal before follow');
      await follower.allRevealed(command.timeoutMs);
      await stopGeneratorProfile();
      reply({ type: 'exercise', report: follower.report() });
      follower = undefined;
      return;
    case 'close':
      crowd?.close();
      process.exit(0);
  }
}

process.on('message', (command: GeneratorCommand) => {
  handle(command).catch((error: unknown) =>
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
// Never outlive the bench.
process.on('disconnect', () => process.exit(0));
