/**
 * One temporary folder for the whole test run, removed when the run ends, however it ends:
 * every test file's own folder (tests/temp-root-per-file.ts) lives inside it, and so does
 * whatever a host, Chromium or a PDF tool started by a test writes to the temp folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const runRoot = mkdtempSync(join(tmpdir(), 'circlework-test-run-'));
  process.env.CIRCLEWORK_TEST_RUN_TMP = runRoot;
  return () => rmSync(runRoot, { recursive: true, force: true });
}
