import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { desktopChannels } from '../../shared/protocol/desktop-bridge.js';
import { appPageOf, isExportUrl, isPrintableUrl } from './app-urls.js';

const exportUrlSchema = z.string().min(1).max(2000);

export interface DesktopActions {
  openProjector(): Promise<boolean> | boolean;
  closeProjector(): Promise<boolean> | boolean;
  savePdf(url: string, event: IpcMainInvokeEvent): Promise<boolean>;
  print(url: string): Promise<boolean>;
}

/**
 * Only the console page's own top frame may call the shell (cf. VS Code's validatedIpcMain):
 * right origin, the console page, the main frame.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, origin: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return appPageOf(frame.url, origin) === 'console';
}

/** Registers the four bridge channels; every call is checked for sender and arguments. */
export function registerIpcHandlers(
  ipcMain: IpcMain,
  origin: string,
  actions: DesktopActions,
): void {
  const guard =
    (handler: (event: IpcMainInvokeEvent, args: unknown[]) => Promise<boolean> | boolean) =>
    async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<boolean> => {
      if (!isTrustedSender(event, origin)) return false;
      return handler(event, args);
    };
  const exportUrl = (args: unknown[], allowed: (url: string) => boolean): string | null => {
    if (args.length !== 1) return null;
    const parsed = exportUrlSchema.safeParse(args[0]);
    return parsed.success && allowed(parsed.data) ? parsed.data : null;
  };

  ipcMain.handle(
    desktopChannels.openProjector,
    guard((_e, args) => args.length === 0 && actions.openProjector()),
  );
  ipcMain.handle(
    desktopChannels.closeProjector,
    guard((_e, args) => args.length === 0 && actions.closeProjector()),
  );
  ipcMain.handle(
    desktopChannels.savePdf,
    guard((event, args) => {
      const url = exportUrl(args, (u) => isExportUrl(u, origin));
      return url ? actions.savePdf(url, event) : false;
    }),
  );
  ipcMain.handle(
    desktopChannels.print,
    guard((_e, args) => {
      const url = exportUrl(args, (u) => isPrintableUrl(u, origin));
      return url ? actions.print(url) : false;
    }),
  );
}
