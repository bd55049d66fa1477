import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findFontsDir } from '../../main/exports/layout/fonts.js';

const root = new URL('../../', import.meta.url);
const configText = readFileSync(new URL('electron-builder.yml', root), 'utf8');
const config = parse(configText) as {
  appId: string;
  productName: string;
  files: string[];
  extraResources: { from: string }[];
  linux: { target: string[]; icon: string };
  win: { target: string[] };
  mac: { target: string[]; notarize: boolean; extendInfo: Record<string, string> };
  electronFuses: Record<string, boolean>;
  publish: { provider: string; url: string };
  forceCodeSigning: boolean;
};

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own schema', () => {
    // ajv comes with electron-builder (app-builder-lib), the tool that reads this file.
    const builderRequire = createRequire(createRequire(import.meta.url).resolve('app-builder-lib'));
    const Ajv = builderRequire('ajv') as new (o: object) => {
      compile(s: object): ((d: unknown) => boolean) & { errors?: unknown };
    };
    const schema = builderRequire('../scheme.json') as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('loads and validates with electron-builder’s own config loader', async () => {
    const builderRequire = createRequire(createRequire(import.meta.url).resolve('app-builder-lib'));
    const { getConfig, validateConfiguration } = builderRequire('./util/config/config') as {
      getConfig(dir: string, file: null, extra: null): Promise<Record<string, unknown>>;
      validateConfiguration(config: object, logger: object): Promise<void>;
    };
    const { DebugLogger } = builderRequire('builder-util') as {
      DebugLogger: new (enabled: boolean) => object;
    };
    const loaded = await getConfig(new URL('.', root).pathname, null, null);
    await validateConfiguration(loaded, new DebugLogger(false));
    expect(loaded.electronFuses).toEqual(config.electronFuses);
  });

  it('builds AppImage and deb, NSIS, and dmg with the zip the macOS updater needs', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.productName).toBe('Circlework');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg', 'zip']);
    const png = readFileSync(new URL(config.linux.icon, root));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
  });

  it('packs the built bundles and templates, and leaves sources, tests and maps out', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/main/**/*', 'dist/renderer/**/*']));
    expect(config.files).toEqual(expect.arrayContaining(['!**/*.map', '!**/*.{ts,tsx,cts,mts}']));
    expect(config.files.some((f) => /^(main|renderer|shared|tests)\//.test(f))).toBe(false);
    expect(config.extraResources.map((r) => r.from)).toEqual(['templates', 'assets/fonts']);
  });

  it('ships the PDF fonts where the installed app finds them, beside app.asar', () => {
    const fonts = config.extraResources.find((r) => r.from === 'assets/fonts') as
      { to: string; filter: string[] } | undefined;
    const shipped = readdirSync(new URL('assets/fonts/', root)).filter((f) =>
      fonts!.filter.some((pattern) => f.endsWith(pattern.slice(1))),
    );
    expect(shipped.filter((f) => /\.(ttf|otf)$/.test(f)).length).toBeGreaterThanOrEqual(5);
    // An installed app: resources/app.asar/dist/main/exports/layout, fonts in resources/<to>.
    const resources = mkdtempSync(join(tmpdir(), 'circlework-resources-'));
    try {
      cpSync(new URL('assets/fonts/', root), join(resources, fonts!.to), { recursive: true });
      const layoutDir = join(resources, 'app.asar', 'dist', 'main', 'exports', 'layout');
      expect(findFontsDir(layoutDir)).toBe(join(resources, fonts!.to));
    } finally {
      rmSync(resources, { recursive: true, force: true });
    }
  });

  it('turns off run-as-node and NODE_OPTIONS and checks asar integrity', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('publishes update metadata over https for electron-updater', () => {
    expect(config.publish.provider).toBe('generic');
    expect(config.publish.url).toMatch(/^https:\/\//);
  });

  it('signs and notarizes from the environment only: no secret in the file, unsigned builds allowed', () => {
    expect(config.forceCodeSigning).toBe(false);
    expect(config.mac.notarize).toBe(true);
    expect(configText).not.toMatch(
      /^\s*(cscLink|cscKeyPassword|certificatePassword|certificateFile)\s*:/m,
    );
    expect(configText).not.toMatch(/-----BEGIN|password\s*:/i);
    expect(config.mac.extendInfo.NSLocalNetworkUsageDescription).toMatch(/phones/);
  });
});
