/**
 * Gives each test file a temp folder of its own as `os.tmpdir()` (through TMPDIR, which child
 * processes inherit) and removes it after the file's last test, passed or failed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const outer = process.env.TMPDIR;
const fileRoot = mkdtempSync(join(process.env.CIRCLEWORK_TEST_RUN_TMP ?? tmpdir(), 'file-'));
process.env.TMPDIR = fileRoot;

afterAll(() => {
  if (outer === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = outer;
  rmSync(fileRoot, { recursive: true, force: true });
});
