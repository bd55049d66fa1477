import { resolve } from 'node:path';
import { checkTemplatesDir, summarizeCheck } from './check-templates.js';
import { formatTemplateError } from './format-template-error.js';
import { shippedTemplatesDir } from './shipped-templates-dir.js';

/** `npm run templates:check [dir]`: one `file:line field — message` per problem, exit 1 on any. */
const dir = process.argv[2] ? resolve(process.argv[2]) : shippedTemplatesDir();
const { templates, errors } = checkTemplatesDir(dir);
if (templates.length === 0 && errors.length === 0) {
  errors.push({ fileName: dir, line: null, field: '', message: 'no workshop files found' });
}
for (const error of errors) console.error(formatTemplateError(error));
if (errors.length > 0) {
  console.error(`${errors.length} problem${errors.length === 1 ? '' : 's'} in ${dir}`);
  process.exitCode = 1;
} else {
  console.log(summarizeCheck(templates));
}
