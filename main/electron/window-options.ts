import type { BrowserWindowConstructorOptions, Rectangle, WebPreferences } from 'electron';

/**
 * Every window's web preferences, per Electron's security checklist: isolated, sandboxed,
 * no Node in any renderer, web security on, no webviews. Only the console gets the preload.
 */
export function secureWebPreferences(preloadPath?: string): WebPreferences {
  return {
    ...(preloadPath ? { preload: preloadPath } : {}),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: true,
  };
}

const BACKGROUND = '#f3f4f1';
const PROJECTOR_BACKGROUND = '#0f1e24';

export function consoleWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 700,
    title: 'Circlework',
    backgroundColor: BACKGROUND,
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

export interface DisplayInfo {
  id: number;
  bounds: Rectangle;
}

/** The projector goes full screen on a second display when there is one. */
export function chooseProjectorDisplay(
  displays: DisplayInfo[],
  primaryId: number,
): DisplayInfo | null {
  return displays.find((d) => d.id !== primaryId) ?? null;
}

export function projectorWindowOptions(
  external: DisplayInfo | null,
): BrowserWindowConstructorOptions {
  const base: BrowserWindowConstructorOptions = {
    title: 'Circlework — projector',
    backgroundColor: PROJECTOR_BACKGROUND,
    autoHideMenuBar: true,
    show: false,
    webPreferences: secureWebPreferences(),
  };
  if (!external) return { ...base, width: 1280, height: 720 };
  return {
    ...base,
    x: external.bounds.x,
    y: external.bounds.y,
    width: external.bounds.width,
    height: external.bounds.height,
    fullscreen: true,
    frame: false,
  };
}
