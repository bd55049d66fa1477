import type { Catalog } from './en.js';

/**
 * The phone's German messages (ICU MessageFormat), the same keys as en.ts.
 * TO REVIEW: drafted by the development team; a native-speaking counselor should review the
 * wording (warm, plain, never clinical) before this is used with a group.
 */
export const de: Catalog = {
  appName: 'Circlework',
  educationalNote: 'Das dient zum Nachdenken und Lernen, nicht als Diagnose.',
  'connection.online': 'Verbunden',
  'connection.connecting': 'Verbinde…',
  'connection.offline': 'Verbinde neu…',
  'connection.offlineHint':
    'Dein Handy hat die Verbindung zum Laptop der Beraterin oder des Beraters verloren. Deine Antworten sind sicher; diese Seite verbindet sich von selbst neu.',
  'join.title': 'Der Gruppe beitreten',
  'join.intro': 'Gib den Raumcode ein, der vorne im Raum auf dem Bildschirm steht.',
  'join.codeLabel': 'Raumcode',
  'join.codeHint': '6 Buchstaben und Ziffern',
  'join.nicknameLabel': 'Vorname oder Spitzname (freiwillig)',
  'join.nicknameHint':
    'Nur die Beratung sieht ihn, und nur während der Sitzung. Deine Antworten zeigen nie einen Namen.',
  'join.submit': 'Beitreten',
  'join.joining': 'Trete bei…',
  'join.privacy': 'Kein Konto, keine E-Mail. Für die Gruppe bleiben deine Antworten anonym.',
  'join.errors.WRONG_CODE':
    'Zu diesem Code ist gerade kein Raum offen. Prüfe den Code auf dem Bildschirm und versuche es noch einmal.',
  'join.errors.ROOM_LOCKED':
    'Dieser Raum nimmt gerade niemanden Neues auf. Sag der Beratung Bescheid, dass du dazukommen möchtest.',
  'join.errors.ROOM_FULL':
    'Dieser Raum ist voll. Sag der Beratung Bescheid, dass du dazukommen möchtest.',
  'join.errors.RATE_LIMITED':
    'Zu viele Versuche. Warte kurz, prüfe den Code auf dem Bildschirm und versuche es dann noch einmal.',
  'join.errors.UNREACHABLE':
    'Der Laptop der Beratung ist nicht erreichbar. Prüfe, ob dein Handy im selben WLAN ist wie der Raum, und versuche es noch einmal.',
  'join.errors.ENDED': 'Diese Sitzung ist schon zu Ende.',
  'join.errors.BAD_CODE': 'Ein Raumcode hat 6 Buchstaben und Ziffern.',
  'join.errors.OTHER': 'Beim Beitreten ist etwas schiefgegangen. Bitte versuche es noch einmal.',
  'join.namesOff': 'Diese Gruppe ist ganz anonym, darum brauchst du keinen Namen.',
  resuming: 'Du kommst gleich wieder rein…',
  'wrongHost.title': 'Laptop der Beratung wird geprüft',
  'wrongHost.body':
    'Diese Seite kann nicht bestätigen, dass sie mit dem Laptop spricht, dessen Code du gescannt hast. Darum sendet sie vorerst nichts und prüft weiter. Wenn die Beratung eine neue Sitzung begonnen hat, scanne den Code auf dem Bildschirm noch einmal.',
  'waitingForReopen.title': 'Warten auf die Beratung',
  'waitingForReopen.body':
    'Die Sitzung ist auf dem Laptop der Beratung pausiert. Sobald sie weitergeht, bist du wieder dabei, mit deinen Antworten.',
  'waitingForReopen.joinInstead': 'Stattdessen mit Code beitreten',
  'agreement.title': 'Unsere Gruppenvereinbarung',
  'agreement.intro': 'Bevor wir anfangen, lies bitte, worauf wir uns gemeinsam einigen.',
  'agreement.inThisApp': 'In dieser App',
  'agreement.pass': 'Du kannst jede Frage auslassen. Niemand sieht, wer ausgelassen hat.',
  'agreement.anonymous':
    'Die Gruppe sieht deine Antworten nur als Zusammenfassung, nie mit deinem Namen.',
  'agreement.accept': 'Verstanden, los geht’s',
  'waiting.title': 'Du bist dabei',
  'waiting.greeting': 'Du bist dabei, {name}',
  'waiting.body': 'Gleich geht es los. Atme einmal durch und komm in Ruhe an.',
  'waiting.nextSoon': 'Der nächste Teil erscheint hier von selbst.',
  'waiting.between': 'Gleich geht es weiter.',
  'step.progress': 'Teil {number} von {count}',
  'step.pendingNote':
    'Nimm dir Zeit zum Lesen. Antworten öffnen sich, wenn die Beratung so weit ist.',
  'step.closedTitle': 'Antworten sind geschlossen',
  'step.closedNote': 'Vielleicht zeigt die Beratung gleich die Zusammenfassung der Gruppe.',
  'step.yourAnswer': 'Deine Antwort',
  'step.youPassed': 'Du hast diese Frage ausgelassen. Das ist völlig in Ordnung.',
  'step.noAnswer': 'Du hast hier nicht geantwortet. Das ist völlig in Ordnung.',
  'step.answered': 'Deine Antwort ist angekommen.',
  'step.worksheetSaved': 'Für deine eigene Mitnahme gespeichert. Niemand sonst sieht es.',
  'contentNote.title': 'Ein Hinweis vor dieser Übung',
  'contentNote.continue': 'Weiter',
  'contentNote.pass': 'Diese auslassen',
  'actions.send': 'Senden',
  'actions.update': 'Änderung senden',
  'actions.sending': 'Wird gesendet…',
  'actions.sent': 'Gesendet ✓',
  'actions.saved': 'Gespeichert ✓',
  'actions.save': 'Speichern',
  'actions.pass': 'Auslassen',
  'actions.passed': 'Ausgelassen ✓',
  'actions.passHint': 'Auslassen ist immer in Ordnung.',
  'actions.failed': 'Noch nicht gesendet. Bitte versuche es noch einmal.',
  'actions.offline':
    'Gerade keine Verbindung. Deine Antwort bleibt hier, bis du sie senden kannst.',
  'actions.sentOffline': 'Deine Antwort ist sicher bei der Beratung angekommen. Verbinde neu…',
  'actions.changeWhileOpen': 'Solange die Antworten offen sind, kannst du deine Antwort ändern.',
  'actions.incomplete': 'Wähle eine Antwort oder lass die Frage aus.',
  'scale.oneByOne': 'Einzeln',
  'scale.allAtOnce': 'Alle auf einer Seite',
  'scale.modeLabel': 'Wie die Aussagen gezeigt werden',
  'scale.statementOf': 'Aussage {number} von {count}',
  'scale.back': 'Zurück',
  'scale.next': 'Weiter',
  'scale.skip': 'Diese Aussage überspringen',
  'scale.rated': '{done} von {count} bewertet',
  'choice.pickOne': 'Wähle eine Antwort.',
  'choice.pickMany': 'Wähle alle, die passen.',
  'sort.instructions':
    'Tippe bei jedem Punkt auf die Gruppe, zu der er deiner Meinung nach gehört.',
  'sort.placed': '{done} von {count} zugeordnet',
  'sort.yourPlacement': 'Du hast es hier eingeordnet:',
  'sort.notPlaced': 'Diesen Punkt hast du ausgelassen.',
  'sort.keyTitle': 'Wohin jeder Punkt gehört',
  'sort.notesTitle': 'Ein Gedanke zu jedem Punkt',
  'words.instructions':
    '{max, plural, one {Ein Wort oder eine kurze Wendung.} other {Bis zu # Wörter oder kurze Wendungen.}}',
  'words.wordLabel': 'Wort {number}',
  'open.counter': '{length} von {max} Zeichen',
  'open.share': 'Darf anonym gezeigt werden',
  'open.shareHint':
    'Aus, solange du es nicht ankreuzt. Wenn du es ankreuzt, darf die Beratung deine Worte ohne deinen Namen der Gruppe zeigen. Gezeigte Worte kommen auch in die Mitnahme aller und in den Ergebnisbericht. Du kannst das Häkchen entfernen, solange sie noch nicht gezeigt wurden.',
  'open.shareShown': 'Deine Worte wurden der Gruppe anonym gezeigt.',
  'open.shareSaved': 'Auswahl gespeichert ✓',
  'rank.instructions':
    'Setze das Wichtigste nach oben. Zieh einen Punkt am Griff oder nutze die Pfeile.',
  'rank.moveUp': '„{label}“ nach oben',
  'rank.moveDown': '„{label}“ nach unten',
  'rank.position': '{position}.',
  'rank.dragHandle': 'Ziehen, um {label} zu verschieben',
  'rank.moved': '{label} auf Platz {place} von {total} verschoben',
  'slider.untouched': 'Bewege den Regler, um zu wählen.',
  'slider.lower': 'Niedriger, auf {value}',
  'slider.higher': 'Höher, auf {value}',
  'worksheet.private': 'Nur du siehst das',
  'worksheet.privateHint':
    'Niemand sonst sieht, was du hier schreibst, auch die Beratung nicht. Es kommt am Ende in deine eigene Mitnahme.',
  'results.title': 'Was die Gruppe gesagt hat',
  'results.forYouTitle': 'Nur für dich',
  'results.forYouNote':
    'Nur du siehst diesen Teil. Er ist ein Spiegel zum Nachdenken, keine Bewertung.',
  'results.yourLean': 'Wohin deine Antworten neigen',
  'results.notRated': 'Zu diesem Thema hast du keine Aussagen bewertet.',
  'results.quizTitle': 'Die Antwort',
  'results.yourChoice': 'deine Wahl',
  'timer.remaining': 'Verbleibende Zeit',
  'timer.paused': 'Pausiert',
  'timer.ready': 'Beginnt, wenn die Beratung so weit ist',
  'timer.done': 'Die Zeit ist um',
  'care.support': 'Hilfe',
  'care.grounding': 'Ankommen',
  'care.pause': 'Ich brauche eine Pause',
  'care.pauseOn': 'Pause erbeten',
  'care.pauseExplain':
    'Die Beratung sieht, wie viele um eine Pause gebeten haben, aber nie wer. Du kannst jederzeit eine Pause machen.',
  'care.close': 'Schließen',
  'care.supportTitle': 'Hilfe',
  'care.supportIntro':
    'Wenn hier etwas schwere Gefühle weckt, musst du damit nicht allein bleiben.',
  'care.supportFallback':
    'Wenn du in Gefahr oder in einer Krise bist, ruf die Notrufnummer deines Landes an. Du kannst auch nach der Sitzung mit der Beratung sprechen.',
  'care.supportFromCounselor': 'Von deiner Beratung',
  'care.abuseHelpline': 'Hilfetelefon bei häuslicher Gewalt:',
  'care.textMessage': 'SMS',
  'grounding.title': '5-4-3-2-1: im Hier ankommen',
  'grounding.intro':
    'Eine kurze Übung, um ins Hier und Jetzt zurückzukommen. Nur du siehst sie; nichts wird gesendet.',
  'grounding.steps.0.sense': 'Nimm 5 Dinge wahr, die du um dich herum sehen kannst.',
  'grounding.steps.1.sense':
    'Nimm 4 Dinge wahr, die du berühren oder spüren kannst, etwa deine Füße auf dem Boden.',
  'grounding.steps.2.sense': 'Nimm 3 Dinge wahr, die du hören kannst.',
  'grounding.steps.3.sense':
    'Nimm 2 Dinge wahr, die du riechen kannst, oder zwei Gerüche, die du magst.',
  'grounding.steps.4.sense':
    'Nimm 1 Sache wahr, die du schmecken kannst, oder atme einmal langsam.',
  'grounding.next': 'Weiter',
  'grounding.back': 'Zurück',
  'grounding.restart': 'Von vorn',
  'grounding.done': 'Gut gemacht. Nimm dir alle Zeit, die du brauchst.',
  'grounding.stepOf': 'Schritt {number} von {count}',
  'end.title': 'Danke fürs Mitmachen',
  'end.body': 'Danke für deine Offenheit und Aufmerksamkeit heute. Sei freundlich zu dir.',
  'end.takeaway': 'Meine Mitnahme herunterladen (PDF)',
  'end.takeawayHint':
    'Deine eigenen Antworten, die anonyme Zusammenfassung der Gruppe und das Handout. Nur für dich erstellt.',
  'end.takeawayWithoutAnswers': 'Ohne meine Antworten herunterladen (PDF)',
  'end.largePrint': 'Große Schrift',
  'end.keepItSafe':
    'Wenn jemand zu Hause dein Handy oder deine Tasche kontrolliert, behalte nur, was sicher für diese Person zu sehen wäre: nimm die Version ohne deine Antworten, oder behalte deine Pläne im Kopf.',
  'end.downloading': 'Dein PDF wird vorbereitet…',
  'end.downloadFailed': 'Der Download hat nicht geklappt. Bitte versuche es noch einmal.',
  'end.takeawayFileName': 'circlework-mitnahme.pdf',
  'end.joinAnother': 'Einer anderen Sitzung beitreten',
  'removed.title': 'Du hast diese Sitzung verlassen',
  'removed.body':
    'Die Beratung hat dich aus dieser Sitzung genommen. Wenn das nicht stimmt, sprich die Person bitte an.',
  'removed.again': 'Mit Code beitreten',
  'language.label': 'Sprache',
};
