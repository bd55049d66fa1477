/**
 * The tiny API the Electron preload exposes to the console page (window.circlework).
 * In a plain browser tab it is absent and the console falls back to links and new tabs.
 */
export interface DesktopBridge {
  openProjector(): Promise<boolean>;
  closeProjector(): Promise<boolean>;
  /** Downloads an export (a console-door /api/exports/… URL) through the native save dialog. */
  savePdf(url: string): Promise<boolean>;
  /** Opens a handout or guide PDF in the system viewer for printing. */
  print(url: string): Promise<boolean>;
}

export const DESKTOP_BRIDGE_KEY = 'circlework';

export const desktopChannels = {
  openProjector: 'circlework:projector-open',
  closeProjector: 'circlework:projector-close',
  savePdf: 'circlework:pdf-save',
  print: 'circlework:pdf-print',
} as const satisfies Record<keyof DesktopBridge, string>;

/** Export paths the shell may download or print; anything else is refused. */
export const EXPORT_PATH_PATTERN =
  /^\/api\/exports\/(results|handout|guide)\/[A-Za-z0-9_-]{1,64}\.pdf$/;
