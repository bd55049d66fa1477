/**
 * `npm run bench`: one table. The host and a bare socket.io relay (the baseline) each run in
 * their own process, several times and interleaved, and face the same phones from a separate
 * load-generator process. Rows come from the producers in row-producers.ts.
 *
 * Options for quicker trials: --phones=200,400 --repeats=1 --repeats-largest=1 --only=session,pdf
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { rowProducers, type BenchOptions } from './row-producers.js';
import { formatTable, type Row } from './table.js';

const TIME_BOUND_MS = 20 * 60_000;

function openFileLimit(): number {
  const limits = readFileSync('/proc/self/limits', 'utf8');
  const match = /^Max open files\s+(\d+)/m.exec(limits);
  return match ? Number(match[1]) : Number.POSITIVE_INFINITY;
}

function benchOptions(): BenchOptions & { only?: string[] } {
  const { values } = parseArgs({
    options: {
      phones: { type: 'string', default: '2000,4000,8000' },
      repeats: { type: 'string', default: '3' },
      'repeats-largest': { type: 'string' },
      only: { type: 'string' },
    },
  });
  const phones = values.phones
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0)
    .sort((a, b) => a - b);
  const repeats = Math.max(1, Number(values.repeats));
  return {
    phones,
    repeats,
    repeatsLargest: values['repeats-largest']
      ? Math.max(1, Number(values['repeats-largest']))
      : repeats,
    log: (line) => console.log(`bench: ${line}`),
    ...(values.only ? { only: values.only.split(',') } : {}),
  };
}

async function main(): Promise<void> {
  const bound = setTimeout(() => {
    console.error(`bench: stopped at the ${TIME_BOUND_MS / 60_000}-minute bound`);
    process.exit(2);
  }, TIME_BOUND_MS);
  bound.unref();
  const options = benchOptions();
  const fdLimit = openFileLimit();
  const most = Math.max(...options.phones);
  if (fdLimit < most + 200) {
    console.warn(
      `bench: open-file limit ${fdLimit} is below ${most + 200}; raise it with ulimit -n`,
    );
  }
  const started = performance.now();
  const loadAtStart = loadavg()[0] ?? 0;
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const producer of rowProducers) {
    if (options.only && !options.only.some((name) => producer.name.includes(name))) continue;
    const set = await producer.produce(options);
    rows.push(...set.rows);
    notes.push(...(set.notes ?? []));
  }
  console.log('');
  console.log(formatTable(rows));
  console.log('');
  for (const note of notes) console.log(`- ${note}`);
  console.log(
    `- ${options.repeats} runs per scenario and target unless noted, host and baseline interleaved ` +
      `(order alternating); baseline = a bare socket.io relay doing no work. ` +
      `${availableParallelism()} cores, Node ${process.versions.node}, open-file limit ${fdLimit}, ` +
      `load average ${loadAtStart.toFixed(1)} at start (other work on the machine skews absolute figures), ` +
      `bench took ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  );
  process.exit(0);
}

void main();
