import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Count, StepAggregate } from '../../shared/aggregate/aggregate-types.js';
import { exportAggregate } from '../../shared/aggregate/export-aggregate.js';
import { mergeSmallCells } from '../../shared/aggregate/merge-small-cells.js';
import type { Answer } from '../../shared/session/answer-schema.js';
import { exerciseStep, revealWith } from './shared-fixture.js';

function exportOf(stepId: string, answers: Answer[], kExport = 5) {
  const byParticipant = Object.fromEntries(answers.map((a, i) => [`p${i}`, a]));
  return exportAggregate(exerciseStep(stepId), revealWith(stepId, byParticipant), kExport);
}

const choice = (id: string): Answer => ({ kind: 'choice', optionIds: [id] });
const slider = (value: number): Answer => ({ kind: 'slider', value });

/** Every count an export prints, wherever it sits in the aggregate. */
function printedCounts(aggregate: StepAggregate): number[] {
  switch (aggregate.kind) {
    case 'choice':
      return aggregate.counts.map((c) => c.count);
    case 'slider':
      return aggregate.distribution.map((c) => c.count);
    case 'scale':
      return aggregate.themes.flatMap((t) => [
        ...t.distribution,
        ...(t.leanBands ?? []).map((b) => b.count),
        ...t.statements.flatMap((s) => [...s.distribution, ...(s.bands ?? []).map((b) => b.count)]),
      ]);
    case 'sort':
      return aggregate.items.flatMap((i) => i.counts.map((c) => c.count));
    case 'words':
      return aggregate.words.map((w) => w.count);
    default:
      return [];
  }
}

const isSafe = (count: number) => count === 0 || count >= 3;

describe('exportAggregate', () => {
  it('withholds an exercise with fewer than k_export respondents; passes do not count', () => {
    const result = exportOf('quiz', [
      choice('a'),
      choice('b'),
      choice('b'),
      choice('c'),
      { kind: 'pass' },
    ]);
    expect(result).toEqual({
      aggregate: { kind: 'suppressed', respondents: 4, k: 5 },
      smallCellMethod: null,
    });
  });

  it('never uses a k_export below 3', () => {
    const result = exportOf('quiz', [choice('a'), choice('b')], 1);
    expect(result.aggregate).toEqual({ kind: 'suppressed', respondents: 2, k: 3 });
  });

  it('choice: small options are combined and the method is named', () => {
    const answers = [choice('a'), ...Array(4).fill(choice('b')), ...Array(3).fill(choice('c'))];
    const result = exportOf('quiz', answers as Answer[]);
    expect(result.aggregate).toEqual({
      kind: 'choice',
      respondents: 8,
      counts: [
        { key: 'b', count: 4 },
        { key: 'a+c', count: 4, members: ['a', 'c'] },
      ],
      correct: ['b'],
    });
    expect(result.smallCellMethod).toEqual({ code: 'merged', min: 3 });
  });

  it('choice: a small group whose options all combine still says what most chose', () => {
    // 6 people, 4 · 1 · 1: every option is combined, yet "most of the group" pins no count.
    const answers = [...Array(4).fill(choice('b')), choice('a'), choice('c')] as Answer[];
    const result = exportOf('quiz', answers);
    expect(result.aggregate).toMatchObject({
      counts: [{ key: 'a+b+c', count: 6, members: ['a', 'b', 'c'] }],
      mostChose: ['b'],
    });
    // 3 · 2 · 1: "b" and the other two combined print as 3 and 3, so no sentence is needed.
    const split = exportOf('quiz', [
      ...Array(3).fill(choice('b')),
      choice('a'),
      choice('a'),
      choice('c'),
    ] as Answer[]);
    expect(split.aggregate).not.toHaveProperty('mostChose');
  });

  it('choice: nothing to combine, no method sentence', () => {
    const answers = [...Array(3).fill(choice('a')), ...Array(3).fill(choice('b'))] as Answer[];
    const result = exportOf('quiz', answers);
    expect(result.smallCellMethod).toBeNull();
    expect(result.aggregate).toMatchObject({
      counts: [
        { key: 'a', count: 3 },
        { key: 'b', count: 3 },
        { key: 'c', count: 0 },
      ],
    });
  });

  it('slider: ranges instead of values, no mean or median', () => {
    const result = exportOf('energy', [0, 1, 1, 5, 6, 7, 10].map(slider));
    expect(result.aggregate.kind).toBe('slider');
    if (result.aggregate.kind !== 'slider') return;
    expect(result.aggregate.mean).toBeNull();
    expect(result.aggregate.median).toBeNull();
    expect(printedCounts(result.aggregate).every(isSafe)).toBe(true);
    expect(result.aggregate.distribution.some((c) => c.key.includes('–'))).toBe(true);
    expect(result.smallCellMethod).toEqual({ code: 'slider', min: 3 });
  });

  it('scale: per statement bands over all respondents, skipped included; no theme totals or means', () => {
    const g1 = [5, 5, 4, 4, 1, 2, 3];
    const answers = g1.map((rating, i): Answer => ({
      kind: 'scale',
      values: i < 5 ? { g1: rating, g2: 4, s1: 3 } : { g1: rating, s1: 3 },
    }));
    const result = exportOf('lean', answers);
    expect(result.aggregate.kind).toBe('scale');
    if (result.aggregate.kind !== 'scale') return;
    for (const theme of result.aggregate.themes) {
      expect(theme.distribution).toEqual([]);
      expect(theme.mean).toBeNull();
      expect(theme.leanBands!.reduce((s, b) => s + b.count, 0)).toBe(7);
      for (const statement of theme.statements) {
        expect(statement.mean).toBeNull();
        expect(statement.bands!.reduce((s, b) => s + b.count, 0)).toBe(7);
      }
    }
    expect(printedCounts(result.aggregate).every(isSafe)).toBe(true);
    const statements = result.aggregate.themes[0]!.statements;
    expect(statements[0]!.bands).toEqual([
      { key: 'agree', count: 4 },
      { key: 'disagree+neutral+skipped', count: 3, members: ['disagree', 'neutral', 'skipped'] },
    ]);
    // g2: 5 agree and 2 skipped: the 2 could only hide by taking the 5 along, so the statement
    // would say nothing and is left out; the theme's lean speaks for it.
    expect(statements.map((s) => s.statementId)).toEqual(['g1']);
    expect(result.smallCellMethod).toEqual({ code: 'scale', min: 3 });
  });

  it('sort: "unplaced" is a cell, and the share correct is withheld when its cell was combined', () => {
    const answers: Answer[] = [
      ...Array(3).fill({ kind: 'sort', placements: { t1: 'co', t2: 'inter' } }),
      { kind: 'sort', placements: { t1: 'co', t2: 'co' } },
      ...Array(2).fill({ kind: 'sort', placements: { t1: 'inter', t2: 'inter' } }),
      { kind: 'sort', placements: { t1: 'inter', t2: 'co' } },
      { kind: 'sort', placements: { t2: 'co' } },
    ];
    const result = exportOf('traits', answers);
    if (result.aggregate.kind !== 'sort') throw new Error('expected sort');
    const [t1, t2] = result.aggregate.items;
    expect(t1).toEqual({
      itemId: 't1',
      placed: 8,
      correctShare: 0.5,
      counts: [
        { key: 'co', count: 4 },
        { key: 'inter+unplaced', count: 4, members: ['inter', 'unplaced'] },
      ],
    });
    expect(t2).toMatchObject({ itemId: 't2', correctShare: 0.625 });
    for (const item of result.aggregate.items) {
      expect(item.counts.reduce((s, c) => s + c.count, 0)).toBe(8);
      expect(item.counts.every((c) => isSafe(c.count))).toBe(true);
    }
    const few: Answer[] = [
      ...Array(4).fill({ kind: 'sort', placements: { t1: 'inter' } }),
      { kind: 'sort', placements: { t1: 'co' } },
    ];
    const withheld = exportOf('traits', few);
    if (withheld.aggregate.kind !== 'sort') throw new Error('expected sort');
    expect(withheld.aggregate.items[0]).toMatchObject({
      correctShare: 0,
      correctShareWithheld: true,
    });
  });

  it('words: a ranked list of words from at least 2 people, without counts', () => {
    const answers: Answer[] = [
      { kind: 'words', words: ['trust', 'time'] },
      { kind: 'words', words: ['Trust', 'time'] },
      { kind: 'words', words: ['trust', 'rare'] },
      { kind: 'words', words: ['care'] },
      { kind: 'words', words: ['care', 'trust'] },
    ];
    const result = exportOf('cloud', answers);
    expect(result.aggregate).toEqual({
      kind: 'words',
      respondents: 5,
      words: [],
      topWords: ['trust', 'care', 'time'],
    });
    expect(result.smallCellMethod).toEqual({ code: 'topWords', min: 2 });
  });

  it('rank averages and approved texts pass through; worksheets stay private', () => {
    const ranks = Array.from({ length: 5 }, (): Answer => ({
      kind: 'rank',
      order: ['care', 'trust', 'space'],
    }));
    expect(exportOf('values', ranks).aggregate).toMatchObject({ kind: 'rank', respondents: 5 });
    const sheets = Array.from({ length: 5 }, (): Answer => ({
      kind: 'worksheet',
      fields: { boundary: 'x' },
    }));
    expect(exportOf('plan', sheets)).toEqual({
      aggregate: { kind: 'private' },
      smallCellMethod: null,
    });
  });
});

describe('mergeSmallCells: no count of 1 or 2 can be read or derived', () => {
  const cellsArb = fc
    .array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 12 })
    .filter((counts) => counts.reduce((s, c) => s + c, 0) >= 3)
    .map((counts) => counts.map((count, i): Count => ({ key: `k${i}`, count })));

  it('every printed count is 0 or at least 3, totals are kept, every key appears once', () => {
    fc.assert(
      fc.property(cellsArb, (cells) => {
        const out = mergeSmallCells(cells);
        expect(out.every((c) => isSafe(c.count))).toBe(true);
        expect(out.reduce((s, c) => s + c.count, 0)).toBe(cells.reduce((s, c) => s + c.count, 0));
        const keys = out.flatMap((c) => c.members ?? [c.key]).sort();
        expect(keys).toEqual(cells.map((c) => c.key).sort());
        for (const c of out) if (c.members) expect(c.members.length).toBeGreaterThanOrEqual(2);
        for (const c of cells) {
          if (c.count === 1 || c.count === 2)
            expect(out.find((o) => o.key === c.key)).toBeUndefined();
        }
      }),
      { numRuns: 500 },
    );
  });

  /** All count vectors of length n with the given total. */
  function vectors(n: number, total: number): number[][] {
    if (n === 1) return [[total]];
    const out: number[][] = [];
    for (let first = 0; first <= total; first++) {
      for (const rest of vectors(n - 1, total - first)) out.push([first, ...rest]);
    }
    return out;
  }

  const merge = (counts: number[]) =>
    JSON.stringify(mergeSmallCells(counts.map((count, i) => ({ key: `k${i}`, count }))));

  it('a reader who knows the method cannot pin any member of a combined group to 1 or 2', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 5 })
          .chain((n) => fc.array(fc.nat({ max: 6 }), { minLength: n, maxLength: n })),
        (counts) => {
          const total = counts.reduce((s, c) => s + c, 0);
          fc.pre(total >= 3);
          const printed = merge(counts);
          const sameOutput = vectors(counts.length, total).filter((v) => merge(v) === printed);
          counts.forEach((value, i) => {
            if (value !== 1 && value !== 2) return;
            const possible = new Set(sameOutput.map((v) => v[i]));
            expect(possible.size, `k${i}=${value} in ${printed}`).toBeGreaterThan(1);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('exports of random sessions never print a 1 or 2', () => {
  const ratings = fc.integer({ min: 1, max: 5 });
  it('choice, slider, scale and sort', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 0, maxLength: 25 }),
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 0, maxLength: 25 }),
        fc.array(fc.record({ g1: fc.option(ratings), g2: fc.option(ratings), s1: ratings }), {
          maxLength: 25,
        }),
        fc.array(
          fc.record({
            t1: fc.option(fc.constantFrom('co', 'inter')),
            t2: fc.constantFrom('co', 'inter'),
          }),
          { maxLength: 25 },
        ),
        (choices, values, scales, sorts) => {
          const results = [
            exportOf('quiz', choices.map(choice)),
            exportOf('energy', values.map(slider)),
            exportOf(
              'lean',
              scales.map((r): Answer => ({
                kind: 'scale',
                values: Object.fromEntries(
                  Object.entries(r).filter(([, v]) => v !== null),
                ) as Record<string, number>,
              })),
            ),
            exportOf(
              'traits',
              sorts.map((r): Answer => ({
                kind: 'sort',
                placements: Object.fromEntries(
                  Object.entries(r).filter(([, v]) => v !== null),
                ) as Record<string, string>,
              })),
            ),
          ];
          for (const { aggregate } of results) {
            expect(printedCounts(aggregate).every(isSafe)).toBe(true);
            if (aggregate.kind === 'suppressed') expect(aggregate.respondents).toBeLessThan(5);
            if (aggregate.kind === 'sort') {
              for (const item of aggregate.items) {
                expect(item.counts.reduce((s, c) => s + c.count, 0)).toBe(aggregate.respondents);
              }
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
