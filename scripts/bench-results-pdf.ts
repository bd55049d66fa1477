/**
 * Measures the results report for 2,000 participants × 15 exercises (DESIGN.md §6: ≤ 1 s),
 * aggregation included. Run: npx tsx scripts/bench-results-pdf.ts
 */
import { renderResultsPdf } from '../main/exports/index.js';
import { exportAggregate } from '../shared/aggregate/export-aggregate.js';
import { isExercise } from '../shared/template/step-schema.js';
import { stressSession } from '../tests/unit/exports-stress-fixture.js';

const session = stressSession(2000);
const support = 'Crisis line: 0800 111 0 111 (24 h, free)';
const runs: number[] = [];
let pages = 0;
let bytes = 0;
for (let i = 0; i < 6; i++) {
  const started = performance.now();
  const pdf = await renderResultsPdf(session, { paperSize: 'A4', support });
  runs.push(performance.now() - started);
  pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  bytes = pdf.length;
}
const [first, ...warm] = runs;
const sorted = [...warm].sort((a, b) => a - b);
console.log(
  `results PDF, 2,000 participants × 15 exercises: ${pages} pages, ${(bytes / 1024).toFixed(0)} KB`,
);
console.log(`  first render (cold process): ${first!.toFixed(0)} ms`);
console.log(
  `  warm renders: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, max ${sorted[sorted.length - 1]!.toFixed(0)} ms`,
);

const aggregationStarted = performance.now();
for (const step of session.template.steps.filter(isExercise)) exportAggregate(step, session, 5);
console.log(
  `  of which aggregation (warm): ${(performance.now() - aggregationStarted).toFixed(0)} ms`,
);
