/**
 * Restart of a 2,000-phone × 15-exercise session from its journal: read (as a stream), replay,
 * reopen for appending — what the host does on start before phones can reconnect. The session is
 * built through the live path (group commit, snapshots), with every answer changed twice.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSession } from '../../shared/session/create-session.js';
import { isExercise } from '../../shared/template/step-schema.js';
import { templateSchema } from '../../shared/template/template-schema.js';
import { createFileKeyProvider } from '../../main/host/crypto/file-key-provider.js';
import { JournalStore } from '../../main/host/journal/journal-store.js';
import { LiveSession } from '../../main/host/session/live-session.js';
import { replaySession } from '../../main/host/session/replay-session.js';
import { benchTemplate } from './bench-template.js';
import { benchSessionSettings } from './console-driver.js';
import { buildResultsSession } from './results-session.js';
import type { BenchOptions, RowProducer, RowSet } from './row-producers.js';
import { spreadOf } from './stats.js';
import { ms, ratio, spreadCell, yesNo } from './table.js';

const PHONES = 2000;
const ROUNDS = 2;
const TRIES = 3;
const mbFine = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

interface Built {
  bytes: number;
  records: number;
  compactions: number;
  restartMs: number[];
  participants: number;
  answers: number;
}

async function buildAndRestart(dir: string, compact: boolean): Promise<Built> {
  const keys = createFileKeyProvider(dir);
  const store = new JournalStore(join(dir, 'sessions'), keys);
  const template = templateSchema.parse(benchTemplate);
  const finished = buildResultsSession(PHONES);
  const sessionId = compact ? 'BenchRestartCompacted' : 'BenchRestartLog';
  const state = createSession(template, benchSessionSettings, {
    id: sessionId,
    roomCode: 'BENCH2',
    now: Date.now(),
  });
  const journal = await store.create(sessionId, Date.now());
  await journal.append({ t: 'init', state });
  const live = new LiveSession(state, new Map(), journal, 'http://bench/');
  if (!compact) journal.snapshotSource = undefined;
  let records = 1;
  const must = async (promises: Promise<{ ok: boolean }>[]) => {
    const results = await Promise.all(promises);
    const failed = results.filter((r) => !r.ok).length;
    if (failed > 0) throw new Error(`${failed} actions were refused`);
    records += results.length;
  };
  await must([live.apply({ type: 'start' })]);
  const ids = Object.keys(finished.participants);
  await must(ids.map((id, i) => live.apply({ type: 'join', participantId: id }, `hash-${i}`)));
  for (const [index, step] of template.steps.entries()) {
    if (!isExercise(step)) continue;
    await must([live.apply({ type: 'goto', index })]);
    await must([live.apply({ type: 'open' })]);
    for (let round = 0; round < ROUNDS; round++) {
      await must(
        ids.map((id) =>
          live.apply({
            type: 'answer',
            participantId: id,
            stepId: step.id,
            answer: finished.participants[id]!.answers[step.id]!.answer,
            ref: `r-${id}-${step.id}-${round}`,
          }),
        ),
      );
    }
    await must([live.apply({ type: 'close' })]);
  }
  await live.close();
  const bytes = (await stat(store.pathFor(sessionId))).size;
  const restartMs: number[] = [];
  let participants = 0;
  let answers = 0;
  for (let t = 0; t < TRIES; t++) {
    const started = performance.now();
    const contents = await store.read(sessionId);
    const replayed = replaySession(contents.records);
    if (!replayed || contents.problems.length > 0) throw new Error('the journal did not replay');
    const { journal: reopened } = await store.reopen(sessionId, contents, replayed);
    restartMs.push(performance.now() - started);
    await reopened.close();
    const people = Object.values(replayed.state.participants);
    participants = people.length;
    answers = people.reduce((n, p) => n + Object.keys(p.answers).length, 0);
  }
  return { bytes, records, compactions: journal.compactions, restartMs, participants, answers };
}

async function produce(options: BenchOptions): Promise<RowSet> {
  const dir = await mkdtemp(join(tmpdir(), 'circlework-journal-bench-'));
  try {
    options.log(`journal restart: writing ${PHONES.toLocaleString('en')} phones twice…`);
    const log = await buildAndRestart(dir, false);
    const compacted = await buildAndRestart(dir, true);
    const host = spreadOf(compacted.restartMs);
    const baseline = spreadOf(log.restartMs);
    const session = `${compacted.participants.toLocaleString('en')} phones, ${compacted.answers.toLocaleString('en')} answers`;
    return {
      rows: [
        {
          measure: `Restart from the journal (${session}, each answer changed twice)`,
          host: spreadCell(host, ms),
          baseline: spreadCell(baseline, ms),
          ratio: ratio(host?.median, baseline?.median),
          target: '< 1 s',
          met: yesNo(compacted.restartMs.every((v) => v < 1000)),
        },
        {
          measure: 'Journal size on disk after that session',
          host: `${mbFine(compacted.bytes)} (${compacted.compactions} snapshots)`,
          baseline: mbFine(log.bytes),
          ratio: ratio(compacted.bytes, log.bytes),
          target: '—',
          met: '—',
        },
      ],
      notes: [
        `journal restart: host = with snapshots (${compacted.records.toLocaleString('en')} records written); ` +
          `baseline = the same session journaled without snapshots; read, replay and reopen, ${TRIES} tries each.`,
      ],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export const journalRows: RowProducer = { name: 'journal restart', produce };
