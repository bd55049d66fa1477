import { readFileSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import { Document, LineCounter, parseDocument } from 'yaml';
import type { TemplateFileError } from '../../shared/protocol/views.js';
import { templateSchema, type Template } from '../../shared/template/template-schema.js';
import { translationWarnings } from '../../shared/template/translation-check.js';
import { describeIssue } from './describe-issue.js';
import { checkTemplateImage, imagePathProblem } from './template-images.js';
import { formatFieldPath, lineOfPath, type PathSegment } from './yaml-node-lines.js';

export type TemplateParseResult =
  | {
      ok: true;
      template: Template;
      document: Document;
      /** Missing, stale or unused translations: shown, but the workshop still loads and runs. */
      warnings: TemplateFileError[];
    }
  | { ok: false; errors: TemplateFileError[] };

export const TEMPLATE_FILE_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

export function isTemplateFileName(fileName: string): boolean {
  const ext = extname(fileName).toLowerCase();
  return (
    (TEMPLATE_FILE_EXTENSIONS as readonly string[]).includes(ext) &&
    !fileName.endsWith('.schema.json')
  );
}

/** Reads and validates one workshop file; never throws for bad content. */
export function parseTemplateFile(path: string): TemplateParseResult {
  const fileName = basename(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ fileName, line: null, field: '', message }] };
  }
  return parseTemplateText(fileName, text, dirname(path));
}

/**
 * Parses YAML (or JSON, which YAML 1.2 reads too) and validates it with the shared zod schema.
 * Every error names the line of the YAML node it is about, so a text editor can jump there.
 * With `dir` (the folder the file lives in), info-step images must exist there as PNG or JPEG.
 */
export function parseTemplateText(
  fileName: string,
  text: string,
  dir?: string,
): TemplateParseResult {
  const isJson = extname(fileName).toLowerCase() === '.json';
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    // The JSON schema makes YAML refuse bare words, which JSON does not allow either.
    ...(isJson ? { schema: 'json' as const } : {}),
  });
  const errorAt = (line: number | null, field: string, message: string): TemplateFileError => ({
    fileName,
    line,
    field,
    message,
  });

  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((e) => {
        return errorAt(
          lineCounter.linePos(errorOffset(text, e)).line,
          '',
          `YAML syntax: ${firstLine(e.message)}`,
        );
      }),
    };
  }
  const jsonProblem = isJson ? jsonSyntaxProblem(text) : null;
  if (jsonProblem) {
    const line = jsonProblem.offset === null ? null : lineCounter.linePos(jsonProblem.offset).line;
    return { ok: false, errors: [errorAt(line, '', `JSON syntax: ${jsonProblem.message}`)] };
  }

  const raw: unknown = document.toJS({ maxAliasCount: 50 });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      errors: [errorAt(1, '', 'the file must be a workshop: a mapping with id, title, steps, …')],
    };
  }
  // A JSON file may name its schema; that key is for editors, not part of a workshop.
  const { $schema: _ignored, ...input } = raw as Record<string, unknown>;

  const lineOf = (path: readonly PathSegment[]) => lineOfPath(document, lineCounter, path);
  const result = templateSchema.safeParse(input);
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.flatMap((issue) => {
        const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
        // One error per unknown key, at the key's own line, so an editor jumps to the typo.
        if (issue.code === 'unrecognized_keys') {
          return issue.keys.map((key) =>
            errorAt(
              lineOf([...path, key]),
              formatFieldPath([...path, key]),
              `unknown field "${key}"`,
            ),
          );
        }
        return [errorAt(lineOf(path), formatFieldPath(path), describeIssue(issue, input))];
      }),
    };
  }

  const imageErrors = result.data.steps.flatMap((step, index) => {
    if (step.kind !== 'info' || step.image === undefined) return [];
    const problem = imageProblem(step.image, dir);
    if (problem === null) return [];
    const path = ['steps', index, 'image'];
    return [errorAt(lineOf(path), formatFieldPath(path), problem)];
  });
  if (imageErrors.length > 0) return { ok: false, errors: imageErrors };
  const warnings = translationWarnings(result.data).map((warning) =>
    errorAt(lineOf(warning.at), formatFieldPath(warning.at), warning.message),
  );
  return { ok: true, template: result.data, document, warnings };
}

/** Without a folder (text not yet saved anywhere) only the path itself can be checked. */
function imageProblem(image: string, dir: string | undefined): string | null {
  if (dir === undefined) return imagePathProblem(image);
  const check = checkTemplateImage(dir, image);
  return check.ok ? null : check.message;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * An unclosed quote runs to the end of the file, where YAML reports it; the person editing
 * needs the line where the quoted text starts. Inside single quotes, '' is an escaped quote.
 */
function errorOffset(
  text: string,
  error: { code: string; message: string; pos: [number, number] },
) {
  const offset = error.pos[0];
  const quote = /Missing closing (["'])quote/.exec(error.message)?.[1];
  if (error.code !== 'MISSING_CHAR' || !quote) return offset;
  let index = text.lastIndexOf(quote, offset - 1);
  while (quote === "'" && index > 0 && text[index - 1] === "'") {
    index = text.lastIndexOf(quote, index - 2);
  }
  return index >= 0 ? index : offset;
}

/** What YAML accepts but JSON does not (a trailing comma, comments). */
function jsonSyntaxProblem(text: string): { message: string; offset: number | null } | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    return {
      message: message.split('\n')[0]!,
      offset: position ? Number(position[1]) : null,
    };
  }
}
