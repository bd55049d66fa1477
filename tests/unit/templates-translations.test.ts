import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedTemplatesDir } from '../../main/templates/shipped-templates-dir.js';
import {
  templateJsonSchemaText,
  SCHEMA_FILE_NAME,
} from '../../main/templates/template-json-schema.js';
import { fingerprintTranslations } from '../../main/templates/fingerprint-translations.js';
import { formatTemplateError } from '../../main/templates/format-template-error.js';
import { parseTemplateFile, parseTemplateText } from '../../main/templates/parse-template-file.js';
import { LANGUAGES } from '../../renderer/common/i18n/languages.js';
import type { Template } from '../../shared/template/template-schema.js';
import { WORKSHOP_LANGUAGES } from '../../shared/template/workshop-languages.js';
import { localizeTemplate } from '../../shared/template/localize-template.js';
import { localizedNotes } from '../../shared/template/localized-notes.js';
import { sourceTag } from '../../shared/template/source-tag.js';

/** A small workshop with a Spanish translation, line numbers known (see `lineOf`). */
function workshop(spanish: string, extra = ''): string {
  return `id: tiny
title: Tiny
summary: A small workshop.
audience: Anyone.
minutes: 10
language: en
agreement: You can pass.
steps:
  - id: pick
    kind: choice
    title: Pick one
    minutes: 5
    prompt: Which fits?
    options:
      - id: yes
        label: Yes
      - id: no
        label: No
${extra}translations:
  es:
${spanish}`;
}

const tag = sourceTag;

/** Every text of the tiny workshop, translated, with fingerprints of the current sources. */
function fullSpanish(overrides: Record<string, string> = {}): string {
  const entries: Record<string, [string, string]> = {
    title: [tag('Tiny'), 'Diminuto'],
    summary: [tag('A small workshop.'), 'Un taller pequeño.'],
    audience: [tag('Anyone.'), 'Cualquiera.'],
    agreement: [tag('You can pass.'), 'Puedes pasar.'],
  };
  const top = Object.entries(entries)
    .map(([k, [s, t]]) => `    ${k}: { source: ${overrides[k] ?? s}, text: ${t} }`)
    .join('\n');
  return `${top}
    steps:
      pick:
        title: { source: ${tag('Pick one')}, text: Elige una }
        prompt: { source: ${overrides.prompt ?? tag('Which fits?')}, text: ¿Cuál encaja? }
        options:
          yes: { label: { source: ${tag('Yes')}, text: Sí } }
          no: { label: { source: ${tag('No')}, text: 'No' } }
`;
}

function parse(text: string) {
  const result = parseTemplateText('tiny.yaml', text);
  if (!result.ok) throw new Error(result.errors.map(formatTemplateError).join('\n'));
  return result;
}

describe('translations in the template format', () => {
  it('parses a complete translation without warnings and localizes every text', () => {
    const { template, warnings } = parse(workshop(fullSpanish()));
    expect(warnings).toEqual([]);
    expect(template.translations?.es?.needsReview).toBe(false);
    const es = localizeTemplate(template, 'es');
    expect(es.title).toBe('Diminuto');
    expect(es.language).toBe('es');
    const step = es.steps[0]!;
    expect(step.kind === 'choice' && step.options.map((o) => [o.id, o.label])).toEqual([
      ['yes', 'Sí'],
      ['no', 'No'],
    ]);
    expect(step.kind === 'choice' && step.prompt).toBe('¿Cuál encaja?');
    // The same copy for every phone in that language; the source itself is untouched.
    expect(localizeTemplate(template, 'es')).toBe(es);
    expect(localizeTemplate(template, 'ar')).toBe(template);
    expect(localizeTemplate(template, 'en')).toBe(template);
    expect(template.title).toBe('Tiny');
  });

  it('reports a missing translation at the source field line and falls back to the source', () => {
    const spanish = fullSpanish().replace(/^ {8}prompt:.*\n/m, '');
    const { template, warnings } = parse(workshop(spanish));
    expect(warnings.map(formatTemplateError)).toEqual([
      `tiny.yaml:13 steps[0].prompt — missing Spanish translation: add translations.es.steps.pick.prompt with source: ${tag('Which fits?')}`,
    ]);
    const step = localizeTemplate(template, 'es').steps[0]!;
    expect(step.kind === 'choice' && step.prompt).toBe('Which fits?');
    expect(step.title).toBe('Elige una');
  });

  it('reports a stale translation at its own line once the source text changed', () => {
    const text = workshop(fullSpanish()).replace('prompt: Which fits?', 'prompt: Which fits best?');
    const { template, warnings } = parse(text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.trimStart().startsWith('prompt: { source')) + 1;
    expect(warnings.map(formatTemplateError)).toEqual([
      `tiny.yaml:${line} translations.es.steps.pick.prompt.source — stale Spanish translation: the source text changed since it was translated; check the text, then set source: ${tag('Which fits best?')}`,
    ]);
    // A stale translation is not shown: the phone reads the current source text.
    const step = localizeTemplate(template, 'es').steps[0]!;
    expect(step.kind === 'choice' && step.prompt).toBe('Which fits best?');
  });

  it('reports a translation of a text the workshop no longer has', () => {
    const spanish = `${fullSpanish()}      gone:\n        title: { source: ${tag('x')}, text: Ido }\n`;
    const { warnings } = parse(workshop(spanish));
    expect(warnings).toHaveLength(1);
    expect(formatTemplateError(warnings[0]!)).toMatch(
      /^tiny\.yaml:\d+ translations\.es\.steps\.gone\.title — unused Spanish translation/,
    );
  });

  it('refuses an unknown language tag, and the workshop’s own language, clearly', () => {
    for (const [tagName, message] of [
      ['spanish', 'unknown language "spanish"; translations can be in: es, de, ar'],
      ['pl', 'unknown language "pl"; translations can be in: es, de, ar'],
      [
        'en',
        `"en" is the workshop's own language (language: en); translations can be in: es, de, ar`,
      ],
    ] as const) {
      const text = workshop(fullSpanish()).replace(
        'translations:\n  es:',
        `translations:\n  ${tagName}:`,
      );
      const result = parseTemplateText('tiny.yaml', text);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.errors.map(formatTemplateError)).toEqual([
        `tiny.yaml:20 translations.${tagName} — ${message}`,
      ]);
    }
  });

  it('refuses a malformed fingerprint and a misspelt field by line', () => {
    const text = workshop(fullSpanish({ title: '12345678' }));
    const result = parseTemplateText('tiny.yaml', text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatTemplateError)[0]).toMatch(
      /^tiny\.yaml:21 translations\.es\.title\.source — expected a string, found 12345678$/,
    );
    const typo = workshop(fullSpanish().replace('    steps:', '    stepz:'));
    const bad = parseTemplateText('tiny.yaml', typo);
    expect(!bad.ok && bad.errors.map((e) => e.message)).toEqual(['unknown field "stepz"']);
  });

  it('translates facilitator notes like any text: missing, fingerprinted, localized, stale', () => {
    const NOTES = 'Wait until most people have answered.';
    const withNotes = (text: string) =>
      text.replace(
        '    prompt: Which fits?\n',
        `    prompt: Which fits?\n    facilitatorNotes: ${NOTES}\n`,
      );
    const untranslated = parse(withNotes(workshop(fullSpanish())));
    expect(untranslated.warnings.map(formatTemplateError)).toEqual([
      `tiny.yaml:14 steps[0].facilitatorNotes — missing Spanish translation: add translations.es.steps.pick.facilitatorNotes with source: ${tag(NOTES)}`,
    ]);
    // The guide then prints the workshop's own notes.
    expect(localizeTemplate(untranslated.template, 'es').steps[0]!.facilitatorNotes).toBe(NOTES);
    // The console's notes panel reads the same words as the guide, one step at a time.
    const notesIn = (template: Template, language: string) =>
      localizedNotes(template, template.steps[0]!, language);
    expect(notesIn(untranslated.template, 'es')).toBe(NOTES);
    const SPANISH = 'Espera a que haya respondido casi todo el grupo.';
    const plain = withNotes(workshop(`${fullSpanish()}        facilitatorNotes: ${SPANISH}\n`));
    const result = fingerprintTranslations(plain);
    expect(result.ok && result.fingerprinted).toBe(1);
    if (!result.ok) return;
    const translated = parse(result.text);
    expect(translated.warnings).toEqual([]);
    expect(translated.template.translations?.es?.steps?.pick?.facilitatorNotes).toEqual({
      source: tag(NOTES),
      text: SPANISH,
    });
    expect(localizeTemplate(translated.template, 'es').steps[0]!.facilitatorNotes).toBe(SPANISH);
    expect(notesIn(translated.template, 'es')).toBe(SPANISH);
    expect(notesIn(translated.template, 'de')).toBe(NOTES);
    expect(notesIn(translated.template, 'en')).toBe(NOTES);
    const changed = parse(
      result.text.replace(`facilitatorNotes: ${NOTES}`, 'facilitatorNotes: Close early.'),
    );
    expect(changed.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^stale Spanish translation/),
    ]);
    expect(localizeTemplate(changed.template, 'es').steps[0]!.facilitatorNotes).toBe(
      'Close early.',
    );
    expect(notesIn(changed.template, 'es')).toBe('Close early.');
  });

  it('marks a translation for review, and fingerprints texts written plainly', () => {
    const plain = workshop(
      `    needsReview: true\n    title: Diminuto\n    steps:\n      pick:\n        prompt: |-\n          ¿Cuál\n          encaja?\n`,
    );
    const result = fingerprintTranslations(plain);
    expect(result.ok && result.fingerprinted).toBe(2);
    if (!result.ok) return;
    const { template, warnings } = parse(result.text);
    expect(template.translations?.es?.needsReview).toBe(true);
    expect(template.translations?.es?.title).toEqual({ source: tag('Tiny'), text: 'Diminuto' });
    expect(warnings.filter((w) => w.message.startsWith('missing'))).toHaveLength(6);
    expect(warnings.filter((w) => !w.message.startsWith('missing'))).toEqual([]);
    // The workshop part of the file is as it was.
    expect(result.text.split('translations:')[0]).toBe(plain.split('translations:')[0]);
  });
});

const run = promisify(execFile);
const temp = mkdtempSync(join(tmpdir(), 'circlework-translations-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function check(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const argv = ['--import', 'tsx', 'main/templates/check-cli.ts', ...args];
  const cwd = join(shippedTemplatesDir(), '..');
  try {
    const { stdout, stderr } = await run(process.execPath, argv, { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run templates:check and translations', () => {
  it('lists missing and stale translations by file and line; they fail only with --strict', async () => {
    const text = workshop(fullSpanish().replace(/^ {8}title:.*\n/m, '')).replace(
      'prompt: Which fits?',
      'prompt: Which fits now?',
    );
    writeFileSync(join(temp, 'tiny.yaml'), text);
    writeFileSync(join(temp, SCHEMA_FILE_NAME), templateJsonSchemaText());
    const lenient = await check(temp);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/^1 workshop valid/);
    expect(lenient.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(
        /^tiny\.yaml:11 steps\[0\]\.title — missing Spanish translation: .* \(warning\)$/,
      ),
      expect.stringMatching(
        /^tiny\.yaml:\d+ translations\.es\.steps\.pick\.prompt\.source — stale Spanish translation: .* \(warning\)$/,
      ),
      '2 translation warnings',
    ]);
    const strict = await check('--strict', temp);
    expect(strict.code).toBe(1);
  });
});

describe('the shipped interdependence workshop in Spanish and Arabic', () => {
  const result = parseTemplateFile(join(shippedTemplatesDir(), 'interdependence.yaml'));
  if (!result.ok) throw new Error(result.errors.map(formatTemplateError).join('\n'));
  const { template, warnings } = result;

  it('has every text translated and current, marked for a native speaker’s review', () => {
    expect(warnings.map(formatTemplateError)).toEqual([]);
    expect(Object.keys(template.translations ?? {})).toEqual(['es', 'ar']);
    expect(template.translations?.es?.needsReview).toBe(true);
    expect(template.translations?.ar?.needsReview).toBe(true);
  });

  it('keeps ids, answer keys and numbers; only the words change', () => {
    const strip = (t: Template) =>
      JSON.stringify(t, (key, value: unknown) =>
        typeof value === 'string' && !['id', 'kind', 'category', 'image'].includes(key)
          ? ''
          : key === 'language' || key === 'translations'
            ? undefined
            : value,
      );
    for (const language of ['es', 'ar']) {
      const localized = localizeTemplate(template, language);
      expect(strip(localized)).toBe(strip(template));
      expect(localized.steps.map((s) => s.title)).not.toContain(template.steps[0]!.title);
    }
    const ar = localizeTemplate(template, 'ar').steps.find((s) => s.id === 'check-in')!;
    expect(ar.kind === 'slider' && ar.prompt).toMatch(/^[\u0600-\u06ff]/);
  });

  it('the phone offers exactly the languages a workshop may be translated into', () => {
    expect(LANGUAGES.map((l) => l.tag)).toEqual([...WORKSHOP_LANGUAGES]);
  });
});
