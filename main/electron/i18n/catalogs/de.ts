import type { ShellCatalog } from './en.js';

export const shellDe: ShellCatalog = {
  'menu.session': 'Sitzung',
  'menu.showConsole': 'Konsole anzeigen',
  'menu.openProjector': 'Projektor öffnen',
  'menu.closeProjector': 'Projektor schließen',
  'menu.quit': '{platform, select, win32 {Beenden} other {Circlework beenden}}',
  'menu.edit': 'Bearbeiten',
  'menu.undo': 'Rückgängig',
  'menu.redo': 'Wiederholen',
  'menu.cut': 'Ausschneiden',
  'menu.copy': 'Kopieren',
  'menu.paste': 'Einfügen',
  'menu.pasteAndMatchStyle': 'Einfügen und Stil anpassen',
  'menu.delete': 'Löschen',
  'menu.selectAll': 'Alles auswählen',
  'menu.speech': 'Sprachausgabe',
  'menu.startSpeaking': 'Sprachausgabe starten',
  'menu.stopSpeaking': 'Sprachausgabe stoppen',
  'menu.view': 'Darstellung',
  'menu.actualSize': 'Originalgröße',
  'menu.zoomIn': 'Vergrößern',
  'menu.zoomOut': 'Verkleinern',
  'menu.fullScreen': 'Vollbild',
  'menu.window': 'Fenster',
  'menu.minimize': 'Minimieren',
  'menu.zoom': 'Zoomen',
  'menu.front': 'Alle nach vorne bringen',
  'menu.closeWindow': 'Fenster schließen',
  'menu.help': 'Hilfe',
  'menu.checkForUpdates': 'Nach Updates suchen…',
  'menu.automaticUpdates': 'Automatisch nach Updates suchen',
  'menu.networkHelp': 'Wenn Handys sich nicht verbinden können…',
  'menu.openLogFolder': 'Protokollordner öffnen',
  'menu.path': '{menu} → {item}',
  'dialog.ok': 'OK',
  'window.reconnecting': 'Circlework — Verbindung zur Sitzung wird wiederhergestellt…',
  'host.failed': 'Der Sitzungsdienst hält immer wieder an.',
  'host.failedDetail':
    'Jede Antwort, die er bestätigt hat, ist gespeichert. Beenden Sie Circlework und starten Sie es neu: Die Sitzung geht dort weiter, wo sie war. Wenn das noch einmal passiert, schicken Sie das Protokoll an Ihre IT ({logFolder}).',
  'host.cannotStart': 'Circlework konnte nicht starten',
  'host.cannotStartDetail':
    '{error}\n\nDer Protokollordner ({logFolder}) enthält die Einzelheiten.',
  'save.title': 'Speichern',
  'save.pdf': 'PDF-Dokument',
  'save.workshop': 'Workshop-Datei',
  'updates.title': 'Updates',
  'updates.upToDate': 'Circlework ist auf dem neuesten Stand.',
  'updates.youHave': 'Sie haben Version {version}.',
  'updates.availableTitle': 'Update verfügbar',
  'updates.available': 'Circlework {version} ist verfügbar (Sie haben {current}).',
  'updates.availableDetail':
    'Jetzt herunterladen? Es wird installiert, wenn Sie Circlework beenden, nie während einer Sitzung.',
  'updates.download': 'Herunterladen',
  'updates.notNow': 'Nicht jetzt',
  'updates.readyTitle': 'Update bereit',
  'updates.ready': 'Circlework {version} ist bereit zur Installation.',
  'updates.readyDetail':
    'Starten Sie jetzt neu, um es zu installieren, sonst wird es beim nächsten Beenden installiert.',
  'updates.restart': 'Neu starten und installieren',
  'updates.later': 'Später',
  'updates.failed': 'Die Suche nach Updates ist fehlgeschlagen.',
  'updates.failedDetail':
    'Der Update-Server war nicht erreichbar. Prüfen Sie die Internetverbindung und versuchen Sie es später noch einmal.',
  'updates.automaticTitle': 'Automatisch nach Updates suchen?',
  'updates.automatic': 'Bei jedem Start von Circlework nach Updates suchen?',
  'updates.disclosure':
    'Eine Suche fragt den Update-Server von Circlework nach einer kleinen Datei, die die neueste Version nennt. Wie jede Webanfrage zeigt sie dem Server Ihre Internetadresse, die Uhrzeit und die Art Ihres Computers (Windows, macOS oder Linux). Sie sendet keine Sitzung, keine Namen, keine Antworten und keine Kennung dieses Laptops. Nichts wird heruntergeladen, solange Sie es nicht sagen.',
  'updates.turnOn': 'Einschalten',
  'updates.keepOff': 'Aus lassen',
  'network.why':
    'Die Handys im Raum treten Ihrer Sitzung über dieses WLAN bei, daher muss der Laptop ihre Verbindungen annehmen. Nichts geht ins Internet.',
  'network.windowsTitle': 'Windows wird nach der Firewall fragen',
  'network.windows':
    'Die Windows Defender Firewall fragt gleich, ob Circlework in Netzwerken kommunizieren darf.',
  'network.windowsDetail':
    '{why}\n\nSetzen Sie das Häkchen bei „Private Netzwerke“ und wählen Sie „Zugriff zulassen“. Wenn Sie „Abbrechen“ wählen, können Handys nicht beitreten; Sie können es später erlauben unter Windows-Sicherheit → Firewall- & Netzwerkschutz → Zugriff von App durch Firewall zulassen.',
  'network.macTitle': 'macOS wird nach dem Netzwerk fragen',
  'network.mac':
    'macOS fragt vielleicht, ob Circlework Geräte in Ihrem lokalen Netzwerk finden oder eingehende Verbindungen annehmen darf.',
  'network.macDetail':
    '{why}\n\nWählen Sie „Erlauben“. Wenn Sie „Nicht erlauben“ gewählt haben, schalten Sie es später ein unter Systemeinstellungen → Datenschutz & Sicherheit → Lokales Netzwerk und unter Netzwerk → Firewall → Optionen.',
  'network.linuxTitle': 'Wenn Handys sich nicht verbinden können',
  'network.linux':
    'Wenn auf diesem Computer eine Firewall läuft (ufw, firewalld), kann sie die Handys aussperren.',
  'network.linuxDetail':
    '{why}\n\nErlauben Sie in Ihrem lokalen Netzwerk eingehende Verbindungen zum Teilnehmer-Port von Circlework (steht in der Netzwerkprüfung).',
};
