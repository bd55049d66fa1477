import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TemplateFileError } from '../../shared/protocol/views.js';
import type { Template } from '../../shared/template/template-schema.js';
import { isTemplateFileName, parseTemplateFile } from './parse-template-file.js';
import { SCHEMA_FILE_NAME, templateJsonSchemaText } from './template-json-schema.js';

export interface TemplatesCheck {
  templates: Template[];
  errors: TemplateFileError[];
  /** Translation problems: listed, but the workshops still load and run. */
  warnings: TemplateFileError[];
}

/** Validates every workshop file in a folder, plus what only shows across files. */
export function checkTemplatesDir(dir: string): TemplatesCheck {
  const fileNames = readdirSync(dir).filter(isTemplateFileName).sort();
  const templates: Template[] = [];
  const errors: TemplateFileError[] = [];
  const warnings: TemplateFileError[] = [];
  const ownerOfId = new Map<string, string>();
  for (const fileName of fileNames) {
    const result = parseTemplateFile(join(dir, fileName));
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const { id } = result.template;
    const owner = ownerOfId.get(id);
    if (owner) {
      errors.push({
        fileName,
        line: 1,
        field: 'id',
        message: `id "${id}" is also used by ${owner}`,
      });
      continue;
    }
    ownerOfId.set(id, fileName);
    templates.push(result.template);
    warnings.push(...result.warnings);
  }
  errors.push(...schemaFileErrors(dir));
  return { templates, errors, warnings };
}

function schemaFileErrors(dir: string): TemplateFileError[] {
  let committed: string | undefined;
  try {
    committed = readFileSync(join(dir, SCHEMA_FILE_NAME), 'utf8');
  } catch {
    committed = undefined;
  }
  if (committed === templateJsonSchemaText()) return [];
  return [
    {
      fileName: SCHEMA_FILE_NAME,
      line: null,
      field: '',
      message: `${committed === undefined ? 'missing' : 'out of date'}; run npm run templates:schema`,
    },
  ];
}

export function summarizeCheck(templates: Template[]): string {
  const steps = templates.reduce((n, t) => n + t.steps.length, 0);
  const minutes = templates.reduce((n, t) => n + t.minutes, 0);
  const noun = templates.length === 1 ? 'workshop' : 'workshops';
  return `${templates.length} ${noun} valid (${steps} steps, ${minutes} minutes in all)`;
}
