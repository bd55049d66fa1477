/**
 * The counselor's documents (facilitator guide with run sheet and session notes, results report,
 * results CSV) in the counselor's language: labels from the PDF catalogs, the workshop's own
 * translation where it has one, and the privacy gate's small-numbers methods worded there too.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderGuidePdf, renderHandoutPdf, renderResultsPdf } from '../../main/exports/index.js';
import { repoRoot } from '../../main/host/repo-paths.js';
import { resultsCsvWords } from '../../main/exports/results-csv-words.js';
import { formatTemplateError } from '../../main/templates/format-template-error.js';
import { parseTemplateFile } from '../../main/templates/parse-template-file.js';
import { shippedTemplatesDir } from '../../main/templates/shipped-templates-dir.js';
import { resultsCsv } from '../../shared/privacy/results-csv.js';
import { parseCsv } from '../kits/parse-csv.js';
import { sampleParticipants } from './exports-fixture-answers.js';
import { runScriptedSession } from './exports-fixture-session.js';
import { checkPdf, pdfFonts } from './exports-pdf-tools.js';

const parsed = parseTemplateFile(join(shippedTemplatesDir(), 'interdependence.yaml'));
if (!parsed.ok) throw new Error(parsed.errors.map(formatTemplateError).join('\n'));
const template = parsed.template;
const session = runScriptedSession({ template, participants: sampleParticipants(template, 8, 5) });
/** Too few people for any exercise to be shown: every row says it was withheld. */
const fewSession = runScriptedSession({
  template,
  participants: sampleParticipants(template, 4, 5),
});
const options = { paperSize: 'A4' as const, support: 'Crisis line 0800 111 0 111' };
const ENGLISH_LABELS = [
  'Run sheet',
  'Running order',
  'Facilitator notes',
  'Session notes',
  'Respondents:',
  'Small numbers:',
  'About this report',
  'Exercises shown',
];

/** pdftotext's words compared loosely: presentation forms folded, direction marks and spaces. */
function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\u0622\u0623\u0625\u0627\u0644\u0649]+/g, (run) => [...run].sort().join(''))
    .replace(/\s+/g, ' ');
}

async function render(kind: 'guide' | 'results', language: string) {
  const pdf =
    kind === 'guide'
      ? await renderGuidePdf(template, { ...options, language })
      : await renderResultsPdf(session, { ...options, language });
  const { path, text } = checkPdf(pdf, `counselor-${kind}-${language}`);
  return { path, text: comparable(text) };
}

function expectNoEnglishLabels(text: string): void {
  for (const label of ENGLISH_LABELS) expect(text, label).not.toContain(label);
  expect(text).not.toMatch(/[\ufffd\u25a1]/);
}

describe('the counselor’s documents in the counselor’s language', () => {
  it('the Spanish guide: run sheet, running order, notes and session notes in Spanish', async () => {
    const { text } = await render('guide', 'es');
    for (const words of [
      'GUÍA PARA FACILITAR',
      'Hoja de la sesión',
      'Abre la sala en -0:10',
      'Leer en voz alta: nuestro acuerdo de grupo',
      'Si el grupo te necesita',
      'Orden de la sesión',
      'Notas para facilitar',
      'Notas de la sesión',
      'Qué fue bien',
      'Interdependencia: cerca sin perderte',
      'Página 1 de',
      // The workshop's facilitator notes, from its Spanish translation (run sheet and notes).
      'Abre la sala 10 minutos antes',
      'Lee el acuerdo en voz alta.',
      'Compara con la llegada del principio.',
    ]) {
      expect(text, words).toContain(words);
    }
    expectNoEnglishLabels(text);
    expect(text).not.toContain('Read the agreement aloud');
  });

  it('a guide in a language the workshop lacks keeps its own notes, and says nothing of it', async () => {
    const { text } = await render('guide', 'de');
    expect(text).toContain('Hinweise für die Leitung');
    expect(text).toContain('Read the agreement aloud.');
    expect(text).not.toMatch(/translat|Übersetz/i);
  });

  it('the Spanish results report words the small-numbers methods in Spanish', async () => {
    const { text } = await render('results', 'es');
    for (const words of [
      'RESULTADOS DEL GRUPO',
      'Ejercicios mostrados:',
      'Sobre este informe',
      'Personas que respondieron:',
      'Números pequeños:',
      'Interdependencia: cerca sin perderte',
    ]) {
      expect(text, words).toContain(words);
    }
    expectNoEnglishLabels(text);
  });

  it('the Arabic guide and report: Arabic labels, Arabic font embedded; pictures to look at', async () => {
    const guide = await render('guide', 'ar');
    for (const words of [
      'ورقة سير الجلسة',
      'ترتيب الجلسة',
      'ملاحظات الجلسة',
      'إذا احتاجتك المجموعة',
      'اقرأ الاتفاق بصوت مسموع',
    ]) {
      expect(guide.text, words).toContain(comparable(words));
    }
    const report = await render('results', 'ar');
    for (const words of [
      'التمارين المعروضة',
      'عن هذا التقرير',
      'عدد المجيبين',
      'الأعداد الصغيرة',
    ]) {
      expect(report.text, words).toContain(comparable(words));
    }
    expect(guide.text).not.toContain('Read the agreement aloud');
    for (const { text, path } of [guide, report]) {
      expectNoEnglishLabels(text);
      expect(
        pdfFonts(path)
          .map((f) => f.name)
          .join(' '),
      ).toMatch(/NotoSansArabic/);
    }
    const out = join(repoRoot(), 'test-artifacts/pdf-languages');
    mkdirSync(out, { recursive: true });
    for (const [name, path] of [
      ['guide-ar', guide.path],
      ['results-ar', report.path],
    ] as const) {
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', path, join(out, name)]);
    }
  });

  it('the CSV notes take the counselor’s words for how small numbers were grouped', () => {
    const english = resultsCsv(session, resultsCsvWords('en'));
    const spanish = resultsCsv(session, resultsCsvWords('es'));
    expect(english).toMatch(/fewer than 3/);
    expect(spanish).toMatch(/menos de 3/);
    expect(spanish).not.toMatch(/fewer than 3/);
  });

  it('the CSV in Spanish and Arabic: headers, kinds and bands in the language; same rows and counts', () => {
    const english = parseCsv(resultsCsv(session, resultsCsvWords('en')));
    const withheld = parseCsv(resultsCsv(fewSession, resultsCsvWords('en')));
    expect(english[0]).toEqual([
      'exercise',
      'kind',
      'respondents',
      'row',
      'category',
      'count',
      'note',
    ]);
    const englishWords = [
      ...new Set([
        ...english.slice(1).flatMap((row) => [row[1], row[3], row[4]]),
        ...withheld.flatMap((row) => row),
      ]),
    ].filter((cell): cell is string => !!cell && /[a-z]/i.test(cell));
    // The words the CSV itself adds, in English, for the test below to look for.
    const CSV_WORDS =
      /ratings 1-2|rating 3|ratings 4-5|in between|skipped|not placed|where people lean|average position|shared text|Withheld|fewer than| or | to /;
    expect(englishWords.join('\n')).toMatch(CSV_WORDS);
    for (const [language, header] of [
      [
        'es',
        ['ejercicio', 'tipo', 'personas que respondieron', 'fila', 'categoría', 'recuento', 'nota'],
      ],
      ['ar', ['التمرين', 'النوع', 'عدد المجيبين', 'البند', 'الفئة', 'العدد', 'ملاحظة']],
    ] as const) {
      const text = resultsCsv(session, resultsCsvWords(language));
      const rows = parseCsv(text);
      expect(rows[0]).toEqual(header);
      // Participants' own words (shared texts, the word cloud) stay as they wrote them.
      const ownWords = (table: string[][], kinds: string[][]) =>
        table.map((row, i) =>
          ['open', 'words'].includes(kinds[i]?.[1] ?? '') ? row.filter((_, c) => c !== 4) : row,
        );
      const few = parseCsv(resultsCsv(fewSession, resultsCsvWords(language)));
      for (const table of [ownWords(rows, english), few]) {
        const cells = table.flat().join('\n');
        expect(cells).not.toMatch(CSV_WORDS);
        expect(cells).not.toMatch(/\b(scale|choice|sort|slider|rank|words|open)\b/);
      }
      // The privacy gate decided the same: the same rows with the same numbers, only words differ.
      expect(rows.length).toBe(english.length);
      const numbers = (table: string[][]) => table.slice(1).map((row) => [row[2], row[5]]);
      expect(numbers(rows)).toEqual(numbers(english));
      // The workshop's own texts come from its translation, as in the report.
      expect(rows[1]![0]).not.toBe(english[1]![0]);
    }
    expect(resultsCsv(session, resultsCsvWords('es'))).toContain('valoraciones 4-5');
    expect(resultsCsv(fewSession, resultsCsvWords('es'))).toContain(
      'Sin mostrar: respondieron menos de 5 personas.',
    );
  });

  it('the CSV defuses a shared text a spreadsheet would run, in every language', () => {
    const participants = sampleParticipants(template, 8, 5);
    const formulas = ['=HYPERLINK("http://example.org","x")', '+1+1', '-2', '@SUM(A1)'];
    formulas.forEach((text, i) => {
      participants[i]!.answers['no-that-went-well'] = { kind: 'open', text, share: true };
    });
    const shared = runScriptedSession({ template, participants });
    for (const language of ['en', 'es', 'ar']) {
      const cells = parseCsv(resultsCsv(shared, resultsCsvWords(language))).flat();
      for (const text of formulas) expect(cells, `${language} ${text}`).toContain(`'${text}`);
      expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    }
  });

  it('labels the abuse helpline in the document’s language, not in English', async () => {
    const support = 'Crisis line 0800 111 0 111\nDomestic-abuse helpline: 0808 2000 247';
    const handout = checkPdf(
      await renderHandoutPdf(template, { ...options, support, language: 'es' }),
      'helpline-es',
    );
    expect(handout.flat).toContain('Línea de ayuda contra la violencia doméstica: 0808 2000 247');
    expect(handout.flat).not.toContain('Domestic-abuse');
    const guide = checkPdf(
      await renderGuidePdf(template, { ...options, support, language: 'de' }),
      'helpline-de',
    );
    expect(guide.flat).toContain('Hilfetelefon bei häuslicher Gewalt: 0808 2000 247');
    expect(guide.flat).not.toContain('Domestic-abuse');
  });
});
