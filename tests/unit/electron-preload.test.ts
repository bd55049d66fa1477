import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DESKTOP_BRIDGE_KEY, desktopChannels } from '../../shared/protocol/desktop-bridge.js';
import * as double from './electron-double.js';

/**
 * Runs the preload the way Electron's sandbox does: compiled to CommonJS, wrapped in a function
 * whose `require` offers nothing but electron. Any other require would throw here too.
 */
function runPreloadLikeTheSandbox(): void {
  const source = readFileSync(new URL('../../main/electron/preload.cts', import.meta.url), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const sandboxRequire = (name: string) => {
    if (name === 'electron') return double;
    throw new Error(`a sandboxed preload cannot require ${name}`);
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', outputText)(sandboxRequire, module, module.exports);
}

runPreloadLikeTheSandbox();

describe('the preload bridge', () => {
  it('exposes one object with exactly four functions, and no ipcRenderer', () => {
    expect([...double.contextBridge.exposed.keys()]).toEqual([DESKTOP_BRIDGE_KEY]);
    const bridge = double.contextBridge.exposed.get(DESKTOP_BRIDGE_KEY) as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual([
      'closeProjector',
      'openProjector',
      'print',
      'savePdf',
    ]);
    for (const fn of Object.values(bridge)) expect(typeof fn).toBe('function');
  });

  it('invokes the shared channel names, passing only a string argument', async () => {
    const bridge = double.contextBridge.exposed.get(DESKTOP_BRIDGE_KEY) as {
      openProjector(): Promise<boolean>;
      closeProjector(): Promise<boolean>;
      savePdf(url: unknown): Promise<boolean>;
      print(url: unknown): Promise<boolean>;
    };
    double.ipcRenderer.invocations = [];
    await bridge.openProjector();
    await bridge.closeProjector();
    await bridge.savePdf({ toString: () => 'http://127.0.0.1:1/api/exports/results/a.pdf' });
    await bridge.print('http://127.0.0.1:1/api/exports/handout/a.pdf');
    expect(double.ipcRenderer.invocations).toEqual([
      [desktopChannels.openProjector],
      [desktopChannels.closeProjector],
      [desktopChannels.savePdf, 'http://127.0.0.1:1/api/exports/results/a.pdf'],
      [desktopChannels.print, 'http://127.0.0.1:1/api/exports/handout/a.pdf'],
    ]);
  });
});
