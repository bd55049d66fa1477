/**
 * The desktop shell's own words (menu, native dialogs, window title), as ICU messages
 * (intl-messageformat), in the counselor's interface language. The other languages have exactly
 * these keys (the type says so; tests/unit/electron-shell-catalogs.test.ts checks placeholders
 * and that every key is used). Log lines stay in English: they are for IT.
 */
export const shellEn = {
  'menu.session': 'Session',
  'menu.showConsole': 'Show console',
  'menu.openProjector': 'Open projector',
  'menu.closeProjector': 'Close projector',
  'menu.quit': '{platform, select, win32 {Exit} other {Quit Circlework}}',
  'menu.edit': 'Edit',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.pasteAndMatchStyle': 'Paste and match style',
  'menu.delete': 'Delete',
  'menu.selectAll': 'Select all',
  'menu.speech': 'Speech',
  'menu.startSpeaking': 'Start speaking',
  'menu.stopSpeaking': 'Stop speaking',
  'menu.view': 'View',
  'menu.actualSize': 'Actual size',
  'menu.zoomIn': 'Zoom in',
  'menu.zoomOut': 'Zoom out',
  'menu.fullScreen': 'Full screen',
  'menu.window': 'Window',
  'menu.minimize': 'Minimize',
  'menu.zoom': 'Zoom',
  'menu.front': 'Bring all to front',
  'menu.closeWindow': 'Close window',
  'menu.help': 'Help',
  'menu.checkForUpdates': 'Check for updates…',
  'menu.automaticUpdates': 'Check for updates automatically',
  'menu.networkHelp': 'If phones cannot connect…',
  'menu.openLogFolder': 'Open log folder',
  /** How a dialog points at a menu item. */
  'menu.path': '{menu} → {item}',
  'dialog.ok': 'OK',
  'window.reconnecting': 'Circlework — reconnecting to the session…',
  'host.failed': 'The session host keeps stopping.',
  'host.failedDetail':
    'Every answer it acknowledged is saved. Quit Circlework and start it again: the session reopens where it was. If this happens again, send the log to your IT ({logFolder}).',
  'host.cannotStart': 'Circlework could not start',
  'host.cannotStartDetail': '{error}\n\nThe log folder ({logFolder}) has the details.',
  'save.title': 'Save',
  'save.pdf': 'PDF document',
  'save.workshop': 'Workshop file',
  'updates.title': 'Updates',
  'updates.upToDate': 'Circlework is up to date.',
  'updates.youHave': 'You have version {version}.',
  'updates.availableTitle': 'Update available',
  'updates.available': 'Circlework {version} is available (you have {current}).',
  'updates.availableDetail':
    'Download it now? It installs when you quit Circlework, never during a session.',
  'updates.download': 'Download',
  'updates.notNow': 'Not now',
  'updates.readyTitle': 'Update ready',
  'updates.ready': 'Circlework {version} is ready to install.',
  'updates.readyDetail': 'Restart now to install it, or it installs the next time you quit.',
  'updates.restart': 'Restart and install',
  'updates.later': 'Later',
  'updates.failed': 'Could not check for updates.',
  'updates.failedDetail':
    'The update server could not be reached. Check the internet connection and try again later.',
  'updates.automaticTitle': 'Check for updates automatically?',
  'updates.automatic': 'Check for updates each time Circlework starts?',
  /** Exactly what a check sends (the README says the same). */
  'updates.disclosure':
    'A check asks the Circlework update server for one small file that names the newest version. Like any web request it shows the server your internet address, the time and your kind of computer (Windows, macOS or Linux). It sends no session, no names, no answers and no identifier of this laptop. Nothing is downloaded unless you say so.',
  'updates.turnOn': 'Turn on',
  'updates.keepOff': 'Keep off',
  'network.why':
    'Phones in the room join your session over this Wi-Fi, so the laptop must accept their connections. Nothing goes to the internet.',
  'network.windowsTitle': 'Windows will ask about the firewall',
  'network.windows':
    'Windows Defender Firewall is about to ask whether Circlework may communicate on networks.',
  'network.windowsDetail':
    '{why}\n\nTick "Private networks" and choose "Allow access". If you choose "Cancel", phones cannot join; you can allow it later under Windows Security → Firewall & network protection → Allow an app through firewall.',
  'network.macTitle': 'macOS will ask about the network',
  'network.mac':
    'macOS may ask whether Circlework may find devices on your local network or accept incoming connections.',
  'network.macDetail':
    '{why}\n\nChoose "Allow". If you chose "Don’t Allow", turn it on later in System Settings → Privacy & Security → Local Network, and in Network → Firewall → Options.',
  'network.linuxTitle': 'If phones cannot connect',
  'network.linux': 'If this computer runs a firewall (ufw, firewalld), it may keep phones out.',
  'network.linuxDetail':
    '{why}\n\nAllow incoming connections to Circlework’s participant port (shown in the network check) on your local network.',
} as const;

export type ShellMessageKey = keyof typeof shellEn;
export type ShellCatalog = Record<ShellMessageKey, string>;
