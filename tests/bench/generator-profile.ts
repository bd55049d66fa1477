/**
 * CIRCLEWORK_BENCH_GENERATOR_CPU_PROF=DIR writes a V8 CPU profile of the load generator (the
 * simulated phones) into DIR for each exercise (`follow` to every phone seeing the reveal), so
 * what the phones cost per answer is not buried under the joins and the storm.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';

const dir = process.env.CIRCLEWORK_BENCH_GENERATOR_CPU_PROF;
let session: Session | undefined;

function post(method: string, params?: object): Promise<unknown> {
  return new Promise((resolve, reject) =>
    session!.post(method, params ?? {}, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );
}

export async function startGeneratorProfile(): Promise<void> {
  if (!dir || session) return;
  session = new Session();
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.start');
}

export async function stopGeneratorProfile(): Promise<void> {
  if (!dir || !session) return;
  const { profile } = (await post('Profiler.stop')) as { profile: object };
  writeFileSync(
    join(dir, `generator-${process.pid}-${Date.now()}.cpuprofile`),
    JSON.stringify(profile),
  );
  session.disconnect();
  session = undefined;
}
