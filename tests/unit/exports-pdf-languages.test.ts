import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { en } from '../../main/exports/i18n/catalogs/en.js';
import { PDF_CATALOGS, pdfMessages } from '../../main/exports/i18n/pdf-messages.js';
import { renderHandoutPdf, renderTakeawayPdf } from '../../main/exports/index.js';
import { formatTemplateError } from '../../main/templates/format-template-error.js';
import { parseTemplateFile } from '../../main/templates/parse-template-file.js';
import { repoRoot } from '../../main/host/repo-paths.js';
import { shippedTemplatesDir } from '../../main/templates/shipped-templates-dir.js';
import { sampleParticipants } from './exports-fixture-answers.js';
import { runScriptedSession } from './exports-fixture-session.js';
import { checkPdf } from './exports-pdf-tools.js';

const parsed = parseTemplateFile(join(shippedTemplatesDir(), 'interdependence.yaml'));
if (!parsed.ok) throw new Error(parsed.errors.map(formatTemplateError).join('\n'));
const template = parsed.template;
const participants = sampleParticipants(template, 8, 5);
participants[0]!.answers['my-plan'] = {
  kind: 'worksheet',
  fields: { 'boundary-sentence': 'Hoy no puedo, el martes sí', 'just-for-me': 'نزهة قصيرة' },
};
const session = runScriptedSession({ template, participants });
const REPO_ROOT = repoRoot();
const options = { paperSize: 'A4' as const, support: 'Crisis line 0800 111 0 111' };

/** pdftotext's words compared loosely: presentation forms folded, direction marks and spaces. */
function comparable(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      // Poppler splits a lam-alef ligature into its letters in printed order (see exports-scripts).
      .replace(/[\u0622\u0623\u0625\u0627\u0644\u0649]+/g, (run) => [...run].sort().join(''))
      .replace(/\s+/g, ' ')
  );
}

/** Every file under main/exports, for the unused-key check. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'catalogs' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('PDF label catalogs', () => {
  const keys = Object.keys(en).sort();

  it('every language has every key and no other, and each message formats', () => {
    const sample = {
      text: 'x',
      page: 1,
      pages: 2,
      minutes: 5,
      audience: 'y',
      kind: 'info',
      count: 2,
      value: 3,
      label: 'z',
      k: 5,
      drawn: 'd',
      noun: 'answers',
      method: 'm',
      options: 'o',
      option: 'o',
      merged: 'no',
      first: 'a',
      last: 'b',
      from: 1,
      to: 2,
      min: 3,
      shown: 2,
      all: '1:25',
      planned: '1:10',
      time: '5 min',
      seconds: 30,
      themes: 3,
      key: 'yes',
      minLabel: 'low',
      max: 10,
      maxLabel: 'high',
      step: 1,
      open: '-0:10',
    };
    for (const [language, catalog] of Object.entries(PDF_CATALOGS)) {
      expect(Object.keys(catalog).sort(), language).toEqual(keys);
      for (const [key, message] of Object.entries(catalog)) {
        const formatted = new IntlMessageFormat(message, language).format(sample);
        expect(String(formatted), `${language} ${key}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('every key is used by the PDF code', () => {
    const code = sources(join(REPO_ROOT, 'main/exports'))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const unused = keys.filter((key) => !code.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it('speaks plurals and lists the language’s way', () => {
    expect(pdfMessages('es').t('form.words.instructions', { count: 1 })).toBe(
      'Una palabra o una frase corta.',
    );
    expect(pdfMessages('de-CH').t('frame.page', { page: 2, pages: 9 })).toBe('Seite 2 von 9');
    expect(pdfMessages('ar').orList(['أ', 'ب', 'ج'])).toBe('أ، ب أو ج');
    expect(pdfMessages('pl').language).toBe('en');
  });
});

interface Rendered {
  path: string;
  text: string;
  bytes: number;
}

/** Each document rendered and checked once per file: the size test reads the others' again. */
const rendered = new Map<string, Promise<Rendered>>();
function render(kind: 'takeaway' | 'handout', language: string): Promise<Rendered> {
  const key = `${kind}-${language}`;
  let found = rendered.get(key);
  if (!found) {
    found = renderOnce(kind, language);
    rendered.set(key, found);
  }
  return found;
}

async function renderOnce(kind: 'takeaway' | 'handout', language: string): Promise<Rendered> {
  const pdf =
    kind === 'takeaway'
      ? await renderTakeawayPdf(session, participants[0]!.id, { ...options, language })
      : await renderHandoutPdf(template, { ...options, language });
  const { path, text } = checkPdf(pdf, `${kind}-${language}`);
  return { path, text: comparable(text), bytes: pdf.length };
}

describe('takeaway and handout in Spanish and Arabic', () => {
  it('the Spanish takeaway has Spanish labels and the Spanish workshop text', async () => {
    const { text } = await render('takeaway', 'es');
    for (const words of [
      'MI RESUMEN',
      'Esto es tuyo',
      'Tu respuesta',
      'El grupo',
      'Página 1 de',
      'Material educativo, no un diagnóstico.',
      'Interdependencia: cerca sin perderte',
      'Interdependencia quiere decir que dos personas se apoyan',
      'Mi página de seguridad y apoyo',
      'Hoy no puedo, el martes sí',
      'noviembre de 2026',
    ]) {
      expect(text, words).toContain(words);
    }
    expect(text).not.toContain('Your answer');
    expect(text).not.toMatch(/[\ufffd\u25a1]/);
  });

  it('the Spanish handout has Spanish labels and text', async () => {
    const { text } = await render('handout', 'es');
    for (const words of [
      'HOJAS DE TRABAJO Y MATERIAL',
      'Nuestro acuerdo de grupo',
      'Avisos sobre el contenido',
      'Lo que se comparte aquí se queda aquí.',
      'Marca una casilla por frase.',
      'Fuentes y créditos',
    ]) {
      expect(text, words).toContain(words);
    }
    expect(text).not.toMatch(/[\ufffd\u25a1]/);
  });

  it('the Arabic takeaway and handout have Arabic labels and text, fonts embedded', async () => {
    const takeaway = await render('takeaway', 'ar');
    for (const words of [
      'ملخّصي',
      'هذا لك',
      'إجابتك',
      'المجموعة',
      'الصفحة',
      'يسعدنا وجودك هنا',
      'نزهة قصيرة',
    ]) {
      expect(takeaway.text, words).toContain(comparable(words));
    }
    const handout = await render('handout', 'ar');
    for (const words of [
      'أوراق العمل',
      'اتفاق مجموعتنا',
      'المصادر والشكر',
      'صفحتي للأمان والدعم',
      'الأهم',
    ]) {
      expect(handout.text, words).toContain(comparable(words));
    }
    for (const { text } of [takeaway, handout]) {
      expect(text).not.toMatch(/[\ufffd\u25a1]/);
      expect(text).not.toContain('Your answer');
    }
    const fonts = execFileSync('pdffonts', [handout.path], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSansArabic/);
    // Pictures to look at: test-artifacts/pdf-languages/*.png (pdftoppm -png -r 60).
    for (const [name, file] of [
      ['takeaway-ar', takeaway.path],
      ['handout-ar', handout.path],
    ]) {
      const out = join(REPO_ROOT, 'test-artifacts/pdf-languages');
      execFileSync('mkdir', ['-p', out]);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', file!, join(out, name!)]);
    }
  });

  it('prints the size of each language’s takeaway and handout', async () => {
    const sizes: Record<string, number> = {};
    for (const language of ['en', 'es', 'de', 'ar']) {
      for (const kind of ['takeaway', 'handout'] as const) {
        sizes[`${kind}-${language}`] = (await render(kind, language)).bytes;
      }
    }
    console.log(`PDF sizes (bytes): ${JSON.stringify(sizes)}`);
    expect(Object.values(sizes).every((bytes) => bytes > 0)).toBe(true);
  });
});
