/**
 * The walls of DESIGN.md §2 are checked by tools, not habit: each violation below is planted as
 * a file of its layer (in memory, the working tree untouched) and must be refused by the
 * layer's tsconfig (wrong globals) or by ESLint (wrong imports, dynamic ones included).
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../e2e/participant-harness.js';

type Layer = 'shared' | 'main' | 'renderer';

/** Type-checks `code` as one file of `layer`, with that layer's compiler options only. */
function typeErrors(layer: Layer, code: string): string[] {
  const configPath = join(REPO_ROOT, layer, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const planted = join(REPO_ROOT, layer, '__planted__.ts');
  const options = { ...parsed.options, composite: false, noEmit: true, incremental: false };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (file) => (file === planted ? code : readFile(file));
  host.fileExists = (file) => file === planted || fileExists(file);
  // The layer's own declaration files (its ambient globals) come along with the planted file.
  const declarations = parsed.fileNames.filter((file) => file.endsWith('.d.ts'));
  const program = ts.createProgram({ rootNames: [planted, ...declarations], options, host });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === planted)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

const eslint = new ESLint({ cwd: REPO_ROOT });

/** ESLint's messages for `code` as the file `path` (relative to the repository). */
async function lintErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(REPO_ROOT, path) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

describe('the compiler refuses a global from the wrong layer', () => {
  it.each([
    ['shared', 'export const env = process.env.HOME;', /process/],
    ['shared', 'export const bytes = Buffer.from("x");', /Buffer/],
    ['shared', 'export const title = document.title;', /document/],
    ['shared', 'export const width = window.innerWidth;', /window/],
    ['main', 'export const title = document.title;', /document/],
    ['renderer', 'export const bytes = Buffer.from("x");', /Buffer/],
    ['renderer', 'export const dir = process.cwd();', /process/],
  ] as const)('%s: %s', (layer, code, name) => {
    const errors = typeErrors(layer, code);
    expect(errors.join('\n')).toMatch(name);
  });

  it('accepts what each layer may use', () => {
    expect(typeErrors('shared', 'export const copy = structuredClone({ a: 1 });')).toEqual([]);
    expect(typeErrors('main', 'export const dir = process.cwd();')).toEqual([]);
    expect(typeErrors('renderer', 'export const title = document.title;')).toEqual([]);
  });
});

describe('lint refuses an import across a wall', () => {
  it.each([
    ['shared/x.ts', "import '../main/host/start-host.js';"],
    ['shared/x.ts', "export const load = () => import('../main/host/start-host.js');"],
    ['shared/x.ts', "import PDFDocument from 'pdfkit';"],
    ['shared/x.ts', "import Conf from 'conf';"],
    ['shared/x.ts', "import { Server } from 'socket.io';"],
    ['shared/x.ts', "import { readFileSync } from 'node:fs';"],
    ['shared/x.ts', "import { useState } from 'react';"],
    ['shared/x.ts', 'export const load = (name: string) => import(name);'],
    ['renderer/console/x.ts', "import PDFDocument from 'pdfkit';"],
    ['renderer/console/x.ts', "import Conf from 'conf';"],
    ['renderer/console/x.ts', "import { Server } from 'socket.io';"],
    ['renderer/console/x.ts', "import { startHost } from '../../main/host/start-host.js';"],
    ['renderer/console/x.ts', "export const load = () => import('../../main/cli.js');"],
    ['renderer/console/x.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/participant/x.ts', "import { z } from 'zod';"],
    ['renderer/participant/x.ts', "export const load = () => import('zod');"],
    ['renderer/participant/x.ts', "import { App } from '../console/App.js';"],
    ['renderer/participant/x.ts', "import { QrCode } from '../console-and-projector/qr-code.js';"],
    ['main/host/x.ts', "import { app } from 'electron';"],
    ['main/host/x.ts', "export const load = () => import('electron');"],
    ['main/exports/x.ts', "import { useState } from 'react';"],
    ['main/host/x.ts', "import { App } from '../../renderer/console/app.js';"],
  ])('%s: %s', async (path, code) => {
    expect(await lintErrors(path, code)).not.toEqual([]);
  });

  it('lets each layer import what it may', async () => {
    expect(
      await lintErrors('shared/x.ts', "import { z } from 'zod';\nexport const s = z.string();"),
    ).toEqual([]);
    expect(
      await lintErrors(
        'renderer/participant/x.ts',
        "import { io } from 'socket.io-client';\nexport const c = io;",
      ),
    ).toEqual([]);
    expect(
      await lintErrors(
        'main/electron/x.ts',
        "import { app } from 'electron';\nexport const a = app;",
      ),
    ).toEqual([]);
    expect(
      await lintErrors(
        'main/host/x.ts',
        "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;",
      ),
    ).toEqual([]);
  });
});
