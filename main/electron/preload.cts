/**
 * The console window's preload: sandboxed, so it is one self-contained CommonJS file that
 * requires nothing but electron (Electron's sandboxed preload wrapper provides
 * require, module and exports). It exposes four functions and never ipcRenderer itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type {
  DESKTOP_BRIDGE_KEY,
  DesktopBridge,
  desktopChannels,
} from '../../shared/protocol/desktop-bridge.js';

// Repeated here because a sandboxed preload cannot load other files; the types keep them equal.
const channels = {
  openProjector: 'circlework:projector-open',
  closeProjector: 'circlework:projector-close',
  savePdf: 'circlework:pdf-save',
  print: 'circlework:pdf-print',
} as const satisfies typeof desktopChannels;
const bridgeKey: typeof DESKTOP_BRIDGE_KEY = 'circlework';

const bridge: DesktopBridge = {
  openProjector: () => ipcRenderer.invoke(channels.openProjector),
  closeProjector: () => ipcRenderer.invoke(channels.closeProjector),
  savePdf: (url: string) => ipcRenderer.invoke(channels.savePdf, String(url)),
  print: (url: string) => ipcRenderer.invoke(channels.print, String(url)),
};

contextBridge.exposeInMainWorld(bridgeKey, bridge);
