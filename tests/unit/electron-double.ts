/**
 * A recording test double of the parts of the `electron` module the shell uses
 * (the Electron runtime cannot be downloaded on the build machines, DESIGN.md §7).
 */
import { EventEmitter } from 'node:events';
import { join } from 'node:path';

type Listener = (...args: any[]) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  downloads: string[] = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  downloadURL(url: string) {
    this.downloads.push(url);
  }
  /** Emits a navigation-like event and says whether a listener prevented it. */
  tryEvent(name: string, url: string): boolean {
    let prevented = false;
    const event = {
      url,
      preventDefault: () => {
        prevented = true;
      },
    };
    this.emit(name, event, url);
    return prevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  loaded: string[] = [];
  destroyed = false;
  shown = false;
  webContents = new FakeWebContents();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  constructor(public readonly options: Record<string, any>) {
    super();
    FakeBrowserWindow.created.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string) {
    this.loaded.push(url);
    return Promise.resolve();
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  show() {
    this.shown = true;
  }
  focus() {}
  setMenuBarVisibility() {}
  title = '';
  setTitle(title: string) {
    this.title = title;
  }
  close() {
    this.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  singleInstance = true;
  quitCalls = 0;
  sandboxEnabled = false;
  isPackaged = false;
  /** Where getPath() points; a test sets a temp folder when the shell writes there (key file). */
  pathRoot = '/fake';
  /** The system's language, as app.getLocale() reports it. */
  locale = 'en-US';
  requestSingleInstanceLock() {
    return this.singleInstance;
  }
  enableSandbox() {
    this.sandboxEnabled = true;
  }
  whenReady() {
    return Promise.resolve();
  }
  quit() {
    this.quitCalls += 1;
  }
  getPath(name: string) {
    return join(this.pathRoot, name);
  }
  getLocale() {
    return this.locale;
  }
  getVersion() {
    return '0.1.0';
  }
  getAppPath() {
    return '/fake/app';
  }
}

export const app = new FakeApp();

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, listener: Listener) {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  },
};

export const recordedSession = {
  permissionRequest: null as Listener | null,
  permissionCheck: null as Listener | null,
  devicePermission: null as Listener | null,
  beforeRequest: null as Listener | null,
  headersReceived: null as Listener | null,
  downloadListeners: [] as Listener[],
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(h: Listener) {
      recordedSession.permissionRequest = h;
    },
    setPermissionCheckHandler(h: Listener) {
      recordedSession.permissionCheck = h;
    },
    setDevicePermissionHandler(h: Listener) {
      recordedSession.devicePermission = h;
    },
    webRequest: {
      onBeforeRequest(h: Listener) {
        recordedSession.beforeRequest = h;
      },
      onHeadersReceived(h: Listener) {
        recordedSession.headersReceived = h;
      },
    },
    on(event: string, h: Listener) {
      if (event === 'will-download') recordedSession.downloadListeners.push(h);
    },
  },
};

export const displays = {
  all: [{ id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } }] as {
    id: number;
    bounds: { x: number; y: number; width: number; height: number };
  }[],
};

export const screen = {
  getAllDisplays: () => displays.all,
  getPrimaryDisplay: () => displays.all[0],
};

export const menu = { template: null as unknown };
export const Menu = {
  buildFromTemplate(template: unknown) {
    menu.template = template;
    return { template };
  },
  setApplicationMenu() {},
};

export const safeStorage = {
  isEncryptionAvailable: () => false,
  encryptString: (s: string) => Buffer.from(s),
  decryptString: (b: Buffer) => b.toString(),
};

export const shell = {
  opened: [] as string[],
  async openPath(path: string) {
    this.opened.push(path);
    return '';
  },
};

/** Native message boxes: recorded, answered from `answers` (first button when empty). */
export const dialog = {
  shown: [] as { title?: string; message: string; detail?: string; buttons?: string[] }[],
  errors: [] as string[],
  answers: [] as number[],
  showMessageBox(options: {
    title?: string;
    message: string;
    detail?: string;
    buttons?: string[];
  }) {
    this.shown.push(options);
    return Promise.resolve({ response: this.answers.shift() ?? 0, checkboxChecked: false });
  },
  showErrorBox(title: string, content: string) {
    this.errors.push(`${title}: ${content}`);
  },
};

/**
 * A utility process that plays the host: answers "start" with "ready" on the ports it was given
 * (5555/6666 the first time) and "close" by exiting; crash() ends it like a fault would.
 */
export class FakeUtilityProcess extends EventEmitter {
  static forked: FakeUtilityProcess[] = [];
  /** When false, the process stays silent after "start" (a test then drives it). */
  static autoReady = true;
  messages: { type: string; [key: string]: unknown }[] = [];
  exited = false;
  stdout = null;
  stderr = null;
  constructor(
    public readonly modulePath: string,
    public readonly options: Record<string, unknown>,
  ) {
    super();
    FakeUtilityProcess.forked.push(this);
  }
  postMessage(message: { type: string; [key: string]: unknown }) {
    this.messages.push(message);
    if (message.type === 'start' && FakeUtilityProcess.autoReady) {
      queueMicrotask(() => this.sendReady());
    }
    if (message.type === 'close') queueMicrotask(() => this.exit(0));
  }
  sendReady() {
    const start = this.messages.find((m) => m.type === 'start')!;
    const consolePort = (start.consolePort as number) || 5555;
    const participantPort = (start.participantPort as number) || 6666;
    const base = `http://127.0.0.1:${consolePort}`;
    this.emit('message', {
      type: 'ready',
      consoleUrl: `${base}/console/?token=${String(start.token)}`,
      projectorUrl: `${base}/projector/?token=projector-token-for-tests`,
      token: start.token,
      consolePort,
      participantPort,
    });
  }
  crash(code = 1) {
    this.exit(code);
  }
  exit(code: number) {
    if (this.exited) return;
    this.exited = true;
    this.emit('exit', code);
  }
  kill() {
    this.exit(15);
    return true;
  }
}

export const utilityProcess = {
  fork(modulePath: string, _args: string[], options: Record<string, unknown>) {
    return new FakeUtilityProcess(modulePath, options);
  },
};

export const BrowserWindow = FakeBrowserWindow;

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown) {
    this.exposed.set(key, api);
  },
};

export const ipcRenderer = {
  invocations: [] as unknown[][],
  invoke(...args: unknown[]) {
    this.invocations.push(args);
    return Promise.resolve(true);
  },
};
