import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHandoutPdf, renderTakeawayPdf } from '../../main/exports/index.js';
import { parseTemplateFile } from '../../main/templates/parse-template-file.js';
import type { Template } from '../../shared/template/template-schema.js';
import { sampleParticipants } from './exports-fixture-answers.js';
import { runScriptedSession } from './exports-fixture-session.js';
import { exportsFixtureTemplate } from './exports-fixture-template.js';
import {
  overlappingWords,
  pageRects,
  wordBoxes,
  wordsOffPage,
  type Box,
  type WordBox,
} from './exports-pdf-geometry.js';
import { checkPdf } from './exports-pdf-tools.js';

const support = 'Crisis line 0800 111 0 111 · Facilitator: Sam, room 4';

function shippedTemplates(): Template[] {
  const dir = join(process.cwd(), 'templates');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => {
      const parsed = parseTemplateFile(join(dir, file));
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      return parsed.template;
    });
}

async function takeaway(
  template: Template,
  layout: 'standard' | 'large',
  paperSize: 'A4' | 'Letter' = 'A4',
): Promise<string> {
  // Enough people that no chart is withheld for small numbers.
  const participants = sampleParticipants(template, 14, 3);
  const session = runScriptedSession({ template, participants });
  const pdf = await renderTakeawayPdf(session, participants[0]!.id, { paperSize, support, layout });
  return checkPdf(pdf, `large-chart-${template.id}-${layout}-${paperSize}`).path;
}

interface Placed {
  word: WordBox;
  rects: Box[];
}

/** Every word matching `test`, with the rectangles drawn on its page. */
function wordsWithRects(path: string, test: (word: WordBox) => boolean): Placed[] {
  const rects = pageRects(path);
  return wordBoxes(path).flatMap((page, index) =>
    page.words.filter(test).map((word) => ({ word, rects: rects[index] ?? [] })),
  );
}

const overlapsVertically = (a: Box, b: Box) => a.y < b.y + b.h && b.y < a.y + a.h;

/** The legend swatch: a square drawn just left of the legend's "Skipped" label. */
function legendSwatch(path: string): number {
  const [found] = wordsWithRects(path, (w) => w.text === 'Skipped').flatMap(({ word, rects }) =>
    rects.filter(
      (r) =>
        Math.abs(r.w - r.h) < 0.01 &&
        r.x + r.w <= word.x &&
        word.x - (r.x + r.w) < 12 &&
        overlapsVertically(r, word),
    ),
  );
  expect(found, 'legend swatch').toBeDefined();
  return found!.h;
}

/** A bar of the choice chart: the track that ends just left of its value, e.g. "5 (36%)". */
function barHeight(path: string): number {
  const values = wordsWithRects(path, (w) => /^\(\d+%\)$/.test(w.text));
  const [found] = values.flatMap(({ word, rects }) => {
    // The count is the word before the percentage; the track ends a small gap before it.
    const countX = word.x - 40;
    return rects.filter(
      (r) =>
        r.x + r.w > countX - 12 && r.x + r.w < word.x && r.w > 100 && overlapsVertically(r, word),
    );
  });
  expect(found, 'bar').toBeDefined();
  return found!.h;
}

/** The column chart's plot: the tallest narrow rectangle (a column's background). */
function columnPlotHeight(path: string): number {
  const tall = pageRects(path)
    .flat()
    .filter((r) => r.w < 80 && r.h > 60);
  expect(tall.length, 'columns').toBeGreaterThan(0);
  return Math.max(...tall.map((r) => r.h));
}

describe('large print charts (issue 20)', () => {
  it('draws bars, legend swatches and columns bigger in a large-print takeaway', async () => {
    const template = exportsFixtureTemplate();
    const standard = await takeaway(template, 'standard');
    const large = await takeaway(template, 'large');
    // Type is 4/3 larger in large print; the drawing grows with it.
    expect(legendSwatch(large) / legendSwatch(standard)).toBeGreaterThanOrEqual(1.3);
    expect(barHeight(large) / barHeight(standard)).toBeGreaterThanOrEqual(1.3);
    expect(columnPlotHeight(large) / columnPlotHeight(standard)).toBeGreaterThanOrEqual(1.3);
  });

  it('never lets text collide or run off the page, in any large-print handout or takeaway', async () => {
    for (const template of [exportsFixtureTemplate(), ...shippedTemplates()]) {
      for (const paperSize of ['A4', 'Letter'] as const) {
        const handout = checkPdf(
          await renderHandoutPdf(template, { paperSize, support, layout: 'large' }),
          `large-handout-${template.id}-${paperSize}`,
        ).path;
        for (const path of [handout, await takeaway(template, 'large', paperSize)]) {
          wordBoxes(path).forEach((page, index) => {
            const where = `${template.id} ${paperSize} page ${index + 1}`;
            const collisions = overlappingWords(page).map(([a, b]) => `${a.text} / ${b.text}`);
            expect(collisions, where).toEqual([]);
            expect(
              wordsOffPage(page).map((w) => w.text),
              where,
            ).toEqual([]);
          });
        }
      }
    }
  }, 240_000);
});
