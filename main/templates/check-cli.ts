import { resolve } from 'node:path';
import { checkTemplatesDir, summarizeCheck } from './check-templates.js';
import { formatTemplateError } from './format-template-error.js';
import { shippedTemplatesDir } from './shipped-templates-dir.js';

/**
 * `npm run templates:check [dir]`: one `file:line field — message` per problem, exit 1 on any
 * error. Translation warnings (missing, stale, unused) are listed too; they fail the check only
 * with `--strict`, since a workshop with them still runs (the phone shows the source text).
 */
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const dirArg = args.find((arg) => !arg.startsWith('--'));
const dir = dirArg ? resolve(dirArg) : shippedTemplatesDir();
const { templates, errors, warnings } = checkTemplatesDir(dir);
if (templates.length === 0 && errors.length === 0) {
  errors.push({ fileName: dir, line: null, field: '', message: 'no workshop files found' });
}
for (const error of errors) console.error(formatTemplateError(error));
for (const warning of warnings) console.error(`${formatTemplateError(warning)} (warning)`);
if (warnings.length > 0) {
  console.error(`${warnings.length} translation warning${warnings.length === 1 ? '' : 's'}`);
}
if (errors.length > 0 || (strict && warnings.length > 0)) {
  if (errors.length > 0) {
    console.error(`${errors.length} problem${errors.length === 1 ? '' : 's'} in ${dir}`);
  }
  process.exitCode = 1;
} else {
  console.log(summarizeCheck(templates));
}
