/**
 * The seal's cost on the host (issue 11): CPU per answer sealed against the same JSON work in the
 * clear, and the handshake per connection (seal-cost.ts), measured `repeats` times.
 */
import type { BenchOptions, RowProducer, RowSet } from './row-producers.js';
import { measureSealCost } from './seal-cost.js';
import { spreadOf } from './stats.js';
import { ratio, spreadCell } from './table.js';

const us = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} µs`;

async function produce(options: BenchOptions): Promise<RowSet> {
  options.log('seal: host CPU per answer, sealed and in the clear…');
  const runs: Record<string, number[]> = {};
  for (let run = 0; run < options.repeats; run++) {
    for (const row of await measureSealCost()) (runs[row.name] ??= []).push(row.value);
  }
  const spread = (name: string) => spreadOf(runs[name] ?? []);
  const clear = spread('answer handled in the clear');
  const sealed = spread('answer handled sealed');
  const added = spread('seal cost added per answer');
  const handshake = spread('handshake, host side, per connection');
  return {
    rows: [
      {
        measure: 'Host CPU per answer: sealed (open request, seal ack + view) vs clear JSON',
        host: spreadCell(sealed, us),
        baseline: spreadCell(clear, us),
        ratio: ratio(sealed?.median, clear?.median),
        target: '—',
        met: '—',
      },
      {
        measure: 'Host CPU the seal adds per answer',
        host: spreadCell(added, us),
        baseline: '—',
        ratio: '—',
        target: '—',
        met: '—',
      },
      {
        measure: 'Host CPU per phone connection: the seal handshake (X25519 + HKDF)',
        host: spreadCell(handshake, us),
        baseline: '—',
        ratio: '—',
        target: '—',
        met: '—',
      },
    ],
    notes: [
      'seal: in-process CPU of the host side only (a 66-character answer in, an ack and a ' +
        '~450-byte view out, 5,000 rounds); baseline = the same JSON work without the seal. ' +
        'Each envelope adds 24 bytes (counter + tag) on the wire, a third more on long-polling (base64).',
    ],
  };
}

export const sealRows: RowProducer = { name: 'seal', produce };
