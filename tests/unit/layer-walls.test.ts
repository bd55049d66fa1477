/**
 * The walls of DESIGN.md §2 are checked by tools, not habit: each violation below is planted as
 * a file of its layer (in memory, the working tree untouched) and must be refused by the
 * layer's tsconfig (wrong globals), by ESLint (wrong imports, dynamic ones included) or by the
 * bundle's import graph (zod or another face's code reached through a shared module). A legal
 * file of each layer must pass the same check, so each refusal is the wall's and not an accident.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../e2e/participant-harness.js';
import { runtimeGraph } from './runtime-import-graph.js';

type Layer = 'shared' | 'main' | 'renderer';

/**
 * Parsed files of each layer (its libraries and declarations), shared by every planted file of
 * that layer: they are the same for all of them. The planted file itself is never kept.
 */
const parsedByLayer = new Map<Layer, Map<string, ts.SourceFile | undefined>>();

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
  const parsedFiles = parsedByLayer.get(layer) ?? new Map<string, ts.SourceFile | undefined>();
  parsedByLayer.set(layer, parsedFiles);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, languageVersion, ...rest) => {
    if (file === planted) return getSourceFile(file, languageVersion, ...rest);
    if (!parsedFiles.has(file))
      parsedFiles.set(file, getSourceFile(file, languageVersion, ...rest));
    return parsedFiles.get(file);
  };
  // The layer's own declaration files (its ambient globals) come along with the planted file.
  const declarations = parsed.fileNames.filter((file) => file.endsWith('.d.ts'));
  const program = ts.createProgram({ rootNames: [planted, ...declarations], options, host });
  // Only the planted file's own errors are asked about, so only it is checked.
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(planted))
    .filter((d) => d.file?.fileName === planted)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '));
}

const eslint = new ESLint({ cwd: REPO_ROOT });
const WALL_RULES = new Set(['walls/folders', 'no-restricted-imports', 'no-restricted-syntax']);

/** ESLint's messages for `code` as the file `path` (relative to the repository). */
async function lintErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(REPO_ROOT, path) });
  return (result?.messages ?? [])
    .filter((m) => m.fatal || WALL_RULES.has(m.ruleId ?? ''))
    .map((m) => m.message);
}

describe('the compiler refuses a global from the wrong layer', () => {
  it.each([
    ['shared', 'export const env = process.env.HOME;', /process/],
    ['shared', 'export const bytes = Buffer.from("x");', /Buffer/],
    ['shared', 'export const title = document.title;', /document/],
    ['shared', 'export const width = window.innerWidth;', /window/],
    ['shared', 'export const kept = localStorage.getItem("x");', /localStorage/],
    ['shared', 'export const fs = require("node:fs");', /require/],
    ['shared', 'export type Field = HTMLInputElement;', /HTMLInputElement/],
    ['main', 'export const title = document.title;', /document/],
    ['main', 'export const width = window.innerWidth;', /window/],
    ['main', 'export const kept = localStorage.getItem("x");', /localStorage/],
    ['main', 'export type Field = HTMLInputElement;', /HTMLInputElement/],
    ['renderer', 'export const bytes = Buffer.from("x");', /Buffer/],
    ['renderer', 'export const dir = process.cwd();', /process/],
    ['renderer', 'export const fs = require("node:fs");', /require/],
    ['renderer', 'export const here = __dirname;', /__dirname/],
  ] as const)('%s: %s', (layer, code, name) => {
    const errors = typeErrors(layer, code);
    expect(errors.join('\n')).toMatch(name);
  });

  it.each([
    ['shared', 'export const copy = structuredClone({ a: 1 });'],
    ['shared', 'export const bytes = new TextEncoder().encode("x");'],
    ['main', 'export const dir = process.cwd();'],
    ['main', 'export const bytes = Buffer.from("x");'],
    ['renderer', 'export const title = document.title;'],
    ['renderer', 'export const width = window.innerWidth;'],
  ] as const)('%s may use: %s', (layer, code) => {
    expect(typeErrors(layer, code)).toEqual([]);
  });
});

describe('lint refuses an import across a wall', () => {
  it.each([
    // shared/: pure logic, no layer above it, no platform
    ['shared/x.ts', "import '../main/host/start-host.js';"],
    ['shared/x.ts', "export const load = () => import('../main/host/start-host.js');"],
    ['shared/session/x.ts', "export * from '../../renderer/common/chart-strings.js';"],
    ['shared/x.ts', "import PDFDocument from 'pdfkit';"],
    ['shared/x.ts', "import Conf from 'conf';"],
    ['shared/x.ts', "import { Server } from 'socket.io';"],
    ['shared/x.ts', "export const load = () => import('socket.io');"],
    ['shared/x.ts', "import { readFileSync } from 'node:fs';"],
    ['shared/x.ts', "import { readFileSync } from 'fs';"],
    ['shared/x.ts', "import { useState } from 'react';"],
    ['shared/x.ts', "import PDFDocument from '../node_modules/pdfkit/js/pdfkit.js';"],
    ['shared/x.ts', 'export const load = (name: string) => import(name);'],
    // renderer/: the browser, never the host, Node, pdfkit, conf or a server
    ['renderer/console/x.ts', "import PDFDocument from 'pdfkit';"],
    ['renderer/console/x.ts', "import Conf from 'conf';"],
    ['renderer/console/x.ts', "import { Server } from 'socket.io';"],
    ['renderer/projector/x.ts', "export const load = () => import('pdfkit');"],
    ['renderer/console-and-projector/x.ts', "import Conf from 'conf';"],
    ['renderer/console/x.ts', "import { startHost } from '../../main/host/start-host.js';"],
    ['renderer/console/x.ts', "export const load = () => import('../../main/cli.js');"],
    ['renderer/console/x.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/projector/x.ts', "import { join } from 'path';"],
    ['renderer/console/x.ts', "import { z } from 'zod';"],
    // the phone: no zod, no console, projector or room code, at any depth
    ['renderer/participant/x.ts', "import { z } from 'zod';"],
    ['renderer/participant/x.ts', "export const load = () => import('zod');"],
    ['renderer/participant/x.ts', "import { App } from '../console/app.js';"],
    ['renderer/participant/screens/x.ts', "import { App } from '../../console/app.js';"],
    ['renderer/participant/x.ts', "export const load = () => import('../projector/main.js');"],
    ['renderer/participant/x.ts', "import { QrCode } from '../console-and-projector/qr-code.js';"],
    ['renderer/participant/x.ts', "import QRCode from 'qrcode/lib/browser.js';"],
    ['renderer/participant/x.ts', "import { Server } from 'socket.io';"],
    [
      'renderer/common/x.ts',
      "import { connectConsole } from '../console-and-projector/console-socket.js';",
    ],
    // main/: Node; Electron only in the shell, never the UIs
    ['main/host/x.ts', "import { app } from 'electron';"],
    ['main/host/x.ts', "export const load = () => import('electron');"],
    ['main/exports/x.ts', "import { app } from 'electron';"],
    ['main/settings/x.ts', "import { safeStorage } from 'electron';"],
    ['main/templates/x.ts', "export { shell } from 'electron';"],
    ['main/x.ts', "import { app } from 'electron';"],
    ['main/host/x.cts', "import { app } from 'electron';"],
    ['main/exports/x.ts', "import { useState } from 'react';"],
    ['main/host/x.ts', "import { App } from '../../renderer/console/app.js';"],
    [
      'main/host/x.ts',
      "export const load = () => import('../../renderer/console-and-projector/desktop.js');",
    ],
  ])('%s: %s', async (path, code) => {
    expect(await lintErrors(path, code)).not.toEqual([]);
  });

  it.each([
    ['shared/x.ts', "import { z } from 'zod';\nexport const s = z.string();"],
    ['shared/session/x.ts', "export { isExercise } from '../template/step-kinds.js';"],
    [
      'renderer/console/x.ts',
      "import { useState } from 'react';\nimport { connectConsole } from '../console-and-projector/console-socket.js';\nimport { chartStrings } from '../common/chart-strings.js';\nexport const parts = [useState, connectConsole, chartStrings];",
    ],
    [
      'renderer/projector/x.ts',
      "import QRCode from 'qrcode/lib/browser.js';\nimport { isExercise } from '../../shared/template/step-kinds.js';\nexport const parts = [QRCode, isExercise];",
    ],
    [
      'renderer/participant/screens/x.ts',
      "import { io } from 'socket.io-client';\nimport { strings } from '../strings.js';\nimport { WORD_MAX_LENGTH } from '../../../shared/session/answer-limits.js';\nexport const parts = [io, strings, WORD_MAX_LENGTH];",
    ],
    ['renderer/common/x.ts', "export { infoBlocks } from '../../shared/template/info-blocks.js';"],
    ['main/electron/x.ts', "import { app } from 'electron';\nexport const a = app;"],
    [
      'main/host/x.ts',
      "import { readFileSync } from 'node:fs';\nimport { Server } from 'socket.io';\nexport const parts = [readFileSync, Server];",
    ],
    ['main/exports/x.ts', "import PDFDocument from 'pdfkit';\nexport const d = PDFDocument;"],
    ['main/settings/x.ts', "import Conf from 'conf';\nexport const c = Conf;"],
  ])('%s may import: %s', async (path, code) => {
    expect(await lintErrors(path, code)).toEqual([]);
  });

  it('finds no wall broken in the real tree', { timeout: 300_000 }, async () => {
    const results = await eslint.lintFiles(['shared', 'main', 'renderer']);
    const broken = results.flatMap((r) =>
      r.messages
        .filter((m) => m.fatal || WALL_RULES.has(m.ruleId ?? ''))
        .map((m) => `${r.filePath}:${m.line} ${m.message}`),
    );
    expect(results.length).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });
});

/**
 * What lint cannot see: a module of shared/ that the phone may import can itself load zod. The
 * import graph of each page, as the bundler follows it, must stay free of zod, and the phone's
 * inside its own folders.
 */
describe('each page’s bundle loads only what it may', () => {
  const entries = {
    participant: 'renderer/participant/main.tsx',
    console: 'renderer/console/main.tsx',
    projector: 'renderer/projector/main.tsx',
  };
  const phoneFolders = /^(renderer\/participant|renderer\/common|shared)\//;

  it.each(Object.entries(entries))('%s loads no zod', (page, entry) => {
    // The console's workshop editor checks forms with the template schema: a chunk loaded only
    // when a workshop is opened for editing, so the console's first load stays free of zod.
    const graph = runtimeGraph(REPO_ROOT, entry, new Map(), {
      initialChunkOnly: page === 'console',
    });
    expect(graph.files.size).toBeGreaterThan(5);
    expect([...graph.packages].filter((p) => /^zod(\/|$)/.test(p))).toEqual([]);
  });

  it('zod reaches the console only through the lazily loaded workshop editor', () => {
    // The editor and its previews (the phone's and the projector's own components) bring zod,
    // and unhomoglyph: the previews' sample results pass the privacy gate, whose word filter
    // folds look-alike letters. Nothing else the console's first load does not already have.
    const editor = runtimeGraph(REPO_ROOT, 'renderer/console/workshop-editor.tsx');
    const initial = runtimeGraph(REPO_ROOT, entries.console, new Map(), { initialChunkOnly: true });
    const editorOnly = new Set(['zod', 'unhomoglyph']);
    expect(
      [...editor.packages].filter((p) => !editorOnly.has(p) && !initial.packages.has(p)),
    ).toEqual([]);
    expect(initial.files).not.toContain('renderer/console/workshop-editor.tsx');
  });

  it('the phone loads nothing of the console, projector or room', () => {
    const graph = runtimeGraph(REPO_ROOT, entries.participant);
    expect([...graph.files].filter((file) => !phoneFolders.test(file))).toEqual([]);
  });

  // The screen a planted line goes into: imported by the phone's entry through its app.
  const plantIn = join(REPO_ROOT, 'renderer/participant/screens/step-screen.tsx');
  const withLine = (line: string) =>
    new Map([[plantIn, `${line}\n${readFileSync(plantIn, 'utf8')}`]]);

  it('refuses a value from a zod schema module, planted in the phone', () => {
    const planted = withLine(
      "import { stepSchema } from '../../../shared/template/step-schema.js';",
    );
    const graph = runtimeGraph(REPO_ROOT, entries.participant, planted);
    expect([...graph.packages]).toContain('zod');
  });

  it('refuses console code reached through a shared module, planted in the phone', () => {
    const planted = withLine(
      "export { connectConsole } from '../../console-and-projector/console-socket.js';",
    );
    const graph = runtimeGraph(REPO_ROOT, entries.participant, planted);
    expect([...graph.files].filter((file) => !phoneFolders.test(file))).not.toEqual([]);
  });

  it('lets the phone import types from a zod schema module and the zod-free facts', () => {
    const planted = withLine(
      "import type { Step } from '../../../shared/template/step-schema.js';\nimport { exerciseKinds } from '../../../shared/template/step-kinds.js';",
    );
    const graph = runtimeGraph(REPO_ROOT, entries.participant, planted);
    expect(graph.packages).not.toContain('zod');
    expect(graph.files).toContain('shared/template/step-kinds.ts');
  });
});
