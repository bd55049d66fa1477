import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `<repo>/templates`, seen from main/templates/ in source or dist/main/templates/ when built. */
export function shippedTemplatesDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const built = here.split(sep).includes('dist');
  return join(here, built ? '../../..' : '../..', 'templates');
}
