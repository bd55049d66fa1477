import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openProjector(): void;
  closeProjector(): void;
  showConsole(): void;
  checkForUpdates(): void;
  /** Resolves with what is now in force (the counselor may decline in the explanation). */
  setAutomaticUpdates(on: boolean): Promise<boolean>;
  automaticUpdates: boolean;
  openLogFolder(): void;
  showNetworkHelp(): void;
}

/** The app menu: the few things a counselor needs, plus the platform's usual editing and window items. */
export function buildMenuTemplate(
  actions: MenuActions,
  platform: NodeJS.Platform,
  developer: boolean,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const session: MenuItemConstructorOptions = {
    label: 'Session',
    submenu: [
      { label: 'Show console', accelerator: 'CmdOrCtrl+1', click: () => actions.showConsole() },
      {
        label: 'Open projector',
        accelerator: 'CmdOrCtrl+Shift+P',
        click: () => actions.openProjector(),
      },
      { label: 'Close projector', click: () => actions.closeProjector() },
      ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(developer ? [{ role: 'toggleDevTools' as const }, { role: 'reload' as const }] : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'Check for updates…', click: () => actions.checkForUpdates() },
      {
        label: 'Check for updates automatically',
        type: 'checkbox',
        checked: actions.automaticUpdates,
        click: (item) => {
          void actions.setAutomaticUpdates(item.checked).then((on) => (item.checked = on));
        },
      },
      { type: 'separator' },
      { label: 'If phones cannot connect…', click: () => actions.showNetworkHelp() },
      { label: 'Open log folder', click: () => actions.openLogFolder() },
    ],
  };
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    session,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
    help,
  ];
}
