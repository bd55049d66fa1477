import type { MenuItemConstructorOptions } from 'electron';
import { shellMessages, type ShellMessages } from './i18n/shell-messages.js';

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

/**
 * The app menu: the few things a counselor needs, plus the platform's usual editing and window
 * items, in the counselor's language. Roles keep their behaviour and accelerators; macOS names
 * its app menu after the app, so that one keeps the role's own label.
 */
export function buildMenuTemplate(
  actions: MenuActions,
  platform: NodeJS.Platform,
  developer: boolean,
  { t }: ShellMessages = shellMessages('en'),
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const session: MenuItemConstructorOptions = {
    label: t('menu.session'),
    submenu: [
      {
        label: t('menu.showConsole'),
        accelerator: 'CmdOrCtrl+1',
        click: () => actions.showConsole(),
      },
      {
        label: t('menu.openProjector'),
        accelerator: 'CmdOrCtrl+Shift+P',
        click: () => actions.openProjector(),
      },
      { label: t('menu.closeProjector'), click: () => actions.closeProjector() },
      ...(mac
        ? []
        : [
            { type: 'separator' as const },
            { role: 'quit' as const, label: t('menu.quit', { platform }) },
          ]),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      { role: 'resetZoom', label: t('menu.actualSize') },
      { role: 'zoomIn', label: t('menu.zoomIn') },
      { role: 'zoomOut', label: t('menu.zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('menu.fullScreen') },
      ...(developer ? [{ role: 'toggleDevTools' as const }, { role: 'reload' as const }] : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t('menu.help'),
    submenu: [
      { label: t('menu.checkForUpdates'), click: () => actions.checkForUpdates() },
      {
        label: t('menu.automaticUpdates'),
        type: 'checkbox',
        checked: actions.automaticUpdates,
        click: (item) => {
          void actions.setAutomaticUpdates(item.checked).then((on) => (item.checked = on));
        },
      },
      { type: 'separator' },
      { label: t('menu.networkHelp'), click: () => actions.showNetworkHelp() },
      { label: t('menu.openLogFolder'), click: () => actions.openLogFolder() },
    ],
  };
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    session,
    { role: 'editMenu', label: t('menu.edit'), submenu: editItems(mac, t) },
    view,
    { role: 'windowMenu', label: t('menu.window'), submenu: windowItems(mac, t) },
    help,
  ];
}

/** The items Electron's editMenu role holds, worded in the counselor's language. */
function editItems(mac: boolean, t: ShellMessages['t']): MenuItemConstructorOptions[] {
  return [
    { role: 'undo', label: t('menu.undo') },
    { role: 'redo', label: t('menu.redo') },
    { type: 'separator' },
    { role: 'cut', label: t('menu.cut') },
    { role: 'copy', label: t('menu.copy') },
    { role: 'paste', label: t('menu.paste') },
    ...(mac
      ? [
          { role: 'pasteAndMatchStyle' as const, label: t('menu.pasteAndMatchStyle') },
          { role: 'delete' as const, label: t('menu.delete') },
          { role: 'selectAll' as const, label: t('menu.selectAll') },
          { type: 'separator' as const },
          {
            label: t('menu.speech'),
            submenu: [
              { role: 'startSpeaking' as const, label: t('menu.startSpeaking') },
              { role: 'stopSpeaking' as const, label: t('menu.stopSpeaking') },
            ],
          },
        ]
      : [
          { role: 'delete' as const, label: t('menu.delete') },
          { type: 'separator' as const },
          { role: 'selectAll' as const, label: t('menu.selectAll') },
        ]),
  ];
}

/** The items Electron's windowMenu role holds, worded in the counselor's language. */
function windowItems(mac: boolean, t: ShellMessages['t']): MenuItemConstructorOptions[] {
  return [
    { role: 'minimize', label: t('menu.minimize') },
    { role: 'zoom', label: t('menu.zoom') },
    ...(mac
      ? [{ type: 'separator' as const }, { role: 'front' as const, label: t('menu.front') }]
      : [{ role: 'close' as const, label: t('menu.closeWindow') }]),
  ];
}
