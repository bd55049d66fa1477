import type { BrowserWindow, BrowserWindowConstructorOptions, Display } from 'electron';
import { chooseProjectorDisplay, projectorWindowOptions } from './window-options.js';

export interface ProjectorDeps {
  createWindow(options: BrowserWindowConstructorOptions): BrowserWindow;
  displays(): { all: Display[]; primaryId: number };
  projectorUrl: string;
}

/** One projector window at most: on the second display when there is one. */
export class ProjectorWindow {
  private window: BrowserWindow | null = null;

  constructor(private readonly deps: ProjectorDeps) {}

  open(): boolean {
    if (this.window && !this.window.isDestroyed()) {
      this.window.show();
      return true;
    }
    const { all, primaryId } = this.deps.displays();
    const win = this.deps.createWindow(
      projectorWindowOptions(chooseProjectorDisplay(all, primaryId)),
    );
    win.setMenuBarVisibility(false);
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (this.window === win) this.window = null;
    });
    void win.loadURL(this.deps.projectorUrl);
    this.window = win;
    return true;
  }

  close(): boolean {
    if (this.window && !this.window.isDestroyed()) this.window.close();
    this.window = null;
    return true;
  }
}
