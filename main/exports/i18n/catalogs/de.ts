import type { PdfCatalog } from './en.js';

export const de: PdfCatalog = {
  'frame.support': 'Unterstützung: {text}',
  'support.abuseHelpline': 'Hilfetelefon bei häuslicher Gewalt:',
  'frame.notDiagnosis': 'Zum Lernen, keine Diagnose.',
  'frame.page': 'Seite {page} von {pages}',
  'cover.about': 'Etwa {minutes} Minuten · Für {audience}',
  'cover.agreement': 'Unsere Gruppenvereinbarung',
  'cover.notDiagnosisTitle': 'Zum Nachdenken, keine Diagnose',
  'cover.notDiagnosis':
    'Die Übungen helfen dir, Muster zu bemerken und in Worte zu fassen. Sie sind kein Test und ergeben keine Punktzahl. Wenn dich etwas hier belastet, kann ein Gespräch mit einer Person deines Vertrauens oder mit einer Therapeutin oder einem Therapeuten helfen.',
  'cover.contentNotes': 'Hinweise zum Inhalt',
  'cover.support': 'Unterstützung',
  'credits.title': 'Quellen und Nachweise',
  'safety.title': 'Meine Seite für Sicherheit und Unterstützung',
  'safety.intro':
    'Fülle sie für dich aus, in deinem eigenen Tempo. Bewahre sie griffbereit und sicher auf: Wenn jemand zu Hause dein Handy oder deine Tasche durchsieht, schreib nur auf, was diese Person sehen dürfte, oder behalte es im Kopf.',
  'safety.support': 'Unterstützung für diese Gruppe',
  'safety.crisisLine': 'Ein Krisentelefon, das ich anrufen kann',
  'safety.crisisHint': 'Wenn du gerade in Gefahr bist, ruf den örtlichen Notruf an.',
  'safety.abuseService': 'Eine Stelle für Menschen, die vor jemandem zu Hause Angst haben',
  'safety.trustedPerson': 'Eine Person, der ich vertraue, und wie ich sie erreiche',
  'safety.unsafePlan': 'Was ich tue, wenn ich mich nicht sicher fühle',
  'safety.unsafeHint':
    'Zum Beispiel: ein Ort, an den ich gehen kann, jemand, den ich anrufen kann, ein Wort, das einer Freundin oder einem Freund sagt, dass ich Hilfe brauche.',
  'safety.counselor': 'Die Kontaktdaten meiner Beraterin oder meines Beraters',
  'step.kind':
    '{kind, select, info {Lesen} timer {Pause} scale {Nachdenken} choice {Frage} sort {Zuordnen} words {Ein paar Worte} open {Schreiben} rank {Reihenfolge} slider {Auf einer Skala} other {Arbeitsblatt}}',
  'step.kindAndMinutes': '{kind} · etwa {minutes} Min.',
  'step.contentNote': 'Hinweis zum Inhalt',
  'handout.label': 'Arbeitsblätter',
  'handout.cover': 'Arbeitsblätter und Handout',
  'handout.notes': 'Notizen, wenn du magst:',
  'takeaway.label': 'Meine Mitnahme',
  'takeaway.yourAnswer': 'Deine Antwort',
  'takeaway.notAnswered': 'Diese hast du nicht beantwortet.',
  'takeaway.passed': 'Diese hast du ausgelassen, und das ist immer in Ordnung.',
  'takeaway.worksheetPrivate':
    'Dieses Arbeitsblatt ist privat: Niemand sonst sieht es, auch nicht die Leitung.',
  'takeaway.group': 'Die Gruppe',
  'takeaway.notShown': 'Die Gruppenergebnisse dieser Übung wurden in der Sitzung nicht gezeigt.',
  'takeaway.smallNumbers': 'Kleine Zahlen: {method}',
  'takeaway.yoursTitle': 'Das gehört dir',
  'takeaway.yoursWithAnswers':
    'Es enthält deine eigenen Antworten, auch deine privaten Arbeitsblätter, neben dem, was die Gruppe gemeinsam gesehen hat. Nur dein Handy konnte es herunterladen. Bewahre es privat auf. Wenn jemand zu Hause dein Handy oder deine Tasche durchsieht, behalte nur, was diese Person sehen dürfte.',
  'takeaway.yoursWithoutAnswers':
    'Diese Fassung lässt deine eigenen Antworten weg: Sie enthält nur, was die Gruppe gemeinsam gesehen hat, und den Text des Handouts.',
  'takeaway.reflectionTitle': 'Zum Nachdenken, keine Diagnose',
  'takeaway.reflectionBody':
    'Nichts hier ist eine Punktzahl oder ein Etikett. Wenn dich etwas, das du geschrieben hast, belastet, kann ein Gespräch mit einer Person deines Vertrauens oder mit einer Therapeutin oder einem Therapeuten helfen.',
  'takeaway.support': 'Unterstützung',
  'form.choice.tickAll': 'Kreuze alles an, was passt.',
  'form.choice.tickOne': 'Kreuze eines an.',
  'form.open.shared':
    'Du hast gewählt, dies anonym zu teilen; es wurde nur gezeigt, wenn die Leitung es freigegeben hat.',
  'form.open.private': 'Du hast das für dich behalten.',
  'form.rank.instructions':
    'Schreib 1 neben das, was dir am wichtigsten ist, und {count} neben das, was dir am wenigsten wichtig ist.',
  'form.scale.instructions':
    'Kreuze pro Aussage ein Kästchen an. Lass jede Aussage aus, die du nicht beantworten möchtest.',
  'form.scale.statement': 'Aussage',
  'form.slider.mark': 'Markiere deinen Platz auf der Linie.',
  'form.slider.yourAnswer': 'Deine Antwort: {value}',
  'form.words.instructions':
    '{count, plural, one {Ein Wort oder eine kurze Wendung.} other {Bis zu # Wörter oder kurze Wendungen.}}',
  'form.leftBlank': '(leer gelassen)',
  'form.sort.item': 'Punkt',
  'form.sort.instructions': 'Kreuze für jeden Punkt eine Spalte an.',
  'reflect.title': 'Deine Antworten lesen',
  'reflect.intro':
    'Es gibt keine Punktzahl und keine richtige Antwort. Sieh dir bei jedem Thema die Kästchen an, die du angekreuzt hast, und bemerke, wohin sie neigen. Nimm dir dann einen Moment für die Frage darunter.',
  'reflect.lean': 'Meine Antworten hier neigen:',
  'reflect.toward': 'eher zu „{label}“',
  'reflect.middle': 'irgendwo in die Mitte, oder gemischt',
  'results.private':
    'Privat: Antworten auf Arbeitsblättern werden nie zu Gruppenergebnissen zusammengefasst.',
  'results.withheld':
    'Zurückgehalten: Weniger als {k} Personen haben geantwortet, daher wird zum Schutz ihrer Privatsphäre nichts gezeigt.',
  'results.tooFew': 'Zu wenige Antworten, um etwas zu zeigen.',
  'results.chartAlt': 'Diagramm der Antworten der Gruppe. {drawn}',
  'results.splitWithheld': 'Aufteilung nicht gezeigt, um kleine Zahlen zu schützen.',
  'results.allCombined':
    '{noun, select, values {Alle Werte zusammengefasst} other {Alle Antworten zusammengefasst}}',
  'results.otherCombined':
    '{noun, select, values {Andere Werte zusammengefasst} other {Andere Antworten zusammengefasst}}',
  'results.or': 'oder',
  'results.open.none': 'Keine Antworten wurden geteilt und zum Zeigen freigegeben.',
  'results.open.intro':
    'Antworten, die ihre Verfasser teilen wollten und die die Leitung freigegeben hat, in zufälliger Reihenfolge.',
  'results.choice.mostMany': 'Mehr als die Hälfte der Gruppe wählte {options}.',
  'results.choice.mostOne': 'Die meisten in der Gruppe wählten {option}.',
  'results.choice.correct': '{merged, select, yes {richtige Antworten} other {richtige Antwort}}',
  'results.choice.multiple':
    'Man konnte mehr als eine Option wählen, daher ergeben die Prozente zusammen mehr als 100 %.',
  'results.ownLean.title': 'Wohin deine Antworten neigen',
  'results.ownLean.note': 'Nur du siehst das. Es ist keine Punktzahl, nur ein Bild zum Nachdenken.',
  'results.ownLean.none': 'Du hast in diesem Thema keine Aussagen bewertet.',
  'results.ownLean.toward': 'Deine Antworten neigen zu „{label}“.',
  'results.ownLean.line':
    'Deine Antworten neigen zu „{label}“, auf einer Linie von „{first}“ bis „{last}“.',
  'results.scale.between': 'Dazwischen (Neigung im Thema)',
  'results.scale.skipped': 'Ausgelassen',
  'results.scale.half': 'Die Hälfte der Gruppe neigte zu „{label}“.',
  'results.scale.different': 'Die Gruppe neigte hier in verschiedene Richtungen.',
  'results.scale.middle': 'Die meisten in der Gruppe bewerteten dieses Thema in der Mitte.',
  'results.scale.most': 'Die meisten in der Gruppe neigten zu „{label}“.',
  'results.scale.overall': 'Wohin die Gruppe insgesamt neigt.',
  'results.scale.allStatements': 'Alle Aussagen in diesem Thema',
  'results.slider.otherValues': 'Andere Werte',
  'results.slider.mostBetween': 'Die meisten in der Gruppe antworteten zwischen {from} und {to}.',
  'results.slider.mostAt': 'Die meisten in der Gruppe antworteten {value}.',
  'results.slider.median': 'Median {value}',
  'results.slider.mean': 'Mittelwert {value}',
  'results.rank.intro': 'Durchschnittliche Position jedes Punktes, das Wichtigste zuerst.',
  'results.rank.most': 'am wichtigsten',
  'results.rank.least': 'am wenigsten wichtig',
  'results.sort.leftOut': 'Nicht zugeordnet',
  'results.sort.opinion': 'Wo die Gruppe jeden Punkt einordnete. Es gibt keine richtige Antwort.',
  'results.sort.taught':
    'Wo die Gruppe jeden Punkt einordnete, und was der Workshop dazu vermittelt.',
  'results.sort.none': 'Keine Zuordnungen zu zeigen.',
  'results.sort.teaches': 'Der Workshop vermittelt: {label}',
  'results.words.noneShared': 'Kein Wort wurde von mehr als einer Person genannt.',
  'results.words.shared':
    'Wörter, die mehr als eine Person nannte, die häufigsten zuerst und am größten.',
  'results.words.none': 'Kein Wort wurde oft genug genannt, um es zu zeigen.',
  'results.words.legend':
    'Größere Wörter wurden öfter genannt; die kleine Zahl sagt, wie viele Personen es nannten.',
  'smallCell.merged':
    'Antworten, die weniger als {min} Personen gegeben haben, werden zu einer Gruppe zusammengefasst, die bei Bedarf die nächstkleineren Antworten aufnimmt, sodass keine Anzahl von 1 oder 2 ablesbar oder errechenbar ist.',
  'smallCell.scale':
    'Jedes Thema zeigt, wohin die Bewertungen jeder Person im Schnitt neigen (zum unteren Ende, dazwischen oder zum oberen Ende); Aussagen zeigen die Bewertungen gruppiert als 1–2, 3 und 4–5. Gruppen mit weniger als {min} Personen werden mit anderen zusammengefasst, Aussagen, deren Gruppen alle zusammengefasst würden, und Durchschnittswerte entfallen, sodass keine Anzahl von 1 oder 2 ablesbar oder errechenbar ist.',
  'smallCell.slider':
    'Werte werden in Bereiche gruppiert (drei breitere, wenn fünf kleine Gruppen ergäben); Bereiche mit weniger als {min} Antworten werden mit anderen zusammengefasst und Durchschnittswerte entfallen, sodass keine Anzahl von 1 oder 2 ablesbar oder errechenbar ist.',
  'smallCell.topWords':
    'Nur Wörter, die mindestens {min} Personen genannt haben, stehen hier, die häufigsten zuerst, ohne Anzahlen.',
  'smallCell.countedWords': 'Wörter, die weniger als {min} Personen geschrieben haben, entfallen.',
  'report.label': 'Gruppenergebnisse',
  'report.shown': 'Gezeigte Übungen: {shown} von {count}',
  'report.aboutTitle': 'Über diesen Bericht',
  'report.about':
    'Er zeigt nur anonyme Gruppensummen: keine Namen, keine einzelnen Antworten und keine Antwortzeiten. Eine Übung, die weniger als {k} Personen beantwortet haben, wird zurückgehalten. Geteilte Texte erscheinen nur, wenn ihre Verfasser zugestimmt und die Leitung sie freigegeben hat, in zufälliger Reihenfolge. Private Arbeitsblätter sind nie enthalten. Wo kleine Zahlen auf jemanden hindeuten könnten, werden Antworten gröber gruppiert, und jede Übung sagt, wie.',
  'report.respondents': 'Antwortende: {count}',
  'guide.label': 'Leitfaden für die Leitung',
  'guide.runningOrder': 'Ablauf',
  'guide.col.number': 'Nr.',
  'guide.col.step': 'Schritt',
  'guide.col.kind': 'Art',
  'guide.col.starts': 'Beginn',
  'guide.col.minutes': 'Min.',
  'guide.optional': '{text} (optional)',
  'guide.plannedTotal':
    'Geplant insgesamt: {all} mit allen optionalen Schritten, {planned} ohne sie (der Workshop ist mit {minutes} Minuten angekündigt).',
  'guide.contentNotes': 'Inhaltshinweise zum Ankündigen',
  'guide.notes': 'Hinweise für die Leitung',
  'guide.timer': 'Timer: {time}.',
  'guide.seconds': '{seconds} Sekunden',
  'guide.minutes': '{minutes} Min.',
  'guide.minutesSeconds': '{minutes} Min. {seconds} s',
  'guide.scale':
    '{themes, plural, one {# Thema} other {# Themen}}, bewertet von „{first}“ bis „{last}“. Alle Teilnehmenden sehen für sich, wohin ihre Antworten je Thema neigen, mit einer Frage zum Nachdenken. Es gibt keine Punktzahl; die Gruppe sieht nur anonyme Verteilungen.',
  'guide.reflection': 'Zum Nachdenken: {text}',
  'guide.choiceKey':
    '{key, select, yes {Lösung (angekreuzt):} other {Optionen (eine Meinungsfrage, keine Lösung):}}',
  'guide.why': 'Warum: {text}',
  'guide.sortKey': 'Lösung:',
  'guide.col.item': 'Eintrag',
  'guide.col.belongs': 'Gehört zu',
  'guide.col.why': 'Warum',
  'guide.words':
    'Bis zu {count, plural, one {# Wort} other {# Wörter}} pro Person, nur als Wortwolke gezeigt. Sie können jedes Wort vor dem Zeigen ausblenden; ein eingebauter Filter blendet Beleidigungen aus.',
  'guide.open':
    'Antworten bis {count} Zeichen. Gezeigt werden nur Texte, deren Verfasser „Darf anonym geteilt werden“ angekreuzt haben und die Sie freigeben, ohne Namen und in gemischter Reihenfolge.',
  'guide.rank': 'Die Gruppe sieht die durchschnittliche Position jedes Eintrags.',
  'guide.slider': 'Von {min} ({minLabel}) bis {max} ({maxLabel}) in Schritten von {step}.',
  'guide.worksheet':
    'Privat: Antworten auf Arbeitsblättern werden weder Ihnen noch der Gruppe je gezeigt; sie erscheinen nur in der eigenen Mitnahme der Person.',
  'guide.opinion':
    'Eine Meinungssortierung: keine Lösung. Die Gruppe sieht nur die Verteilung. Gedanken zum Anbieten:',
  'guide.col.thought': 'Ein Gedanke zum Anbieten',
  'run.title': 'Ablaufblatt',
  'run.intro':
    'Öffnen Sie den Raum um {open}, damit Handys ohne Eile beitreten können. Geplant {planned} von {minutes} Minuten; optionale Schritte (+ Minuten) nur, wenn Zeit bleibt.',
  'run.end': 'Ende',
  'run.agreement': 'Vorlesen: unsere Gruppenvereinbarung',
  'run.needsYou': 'Wenn die Gruppe Sie braucht',
  'run.pause':
    'Pausensignal: eine Zahl, nie ein Name. Langsamer werden, allen eine Übung zum Ankommen anbieten, sagen, dass Hinausgehen in Ordnung ist.',
  'run.distress':
    'Sichtbare Belastung: die Gruppe nicht auf die Person lenken. Ein ruhiges Wort oder eine Pause anbieten; sie darf alles auslassen.',
  'run.leaves':
    'Jemand geht: kein Kommentar. Eine Co-Leitung schaut jetzt nach der Person; allein, in der Pause unter vier Augen nachfragen.',
  'run.danger':
    'Gefahr wird erzählt: danken, in der Gruppe keine Einzelheiten erfragen. Bald unter vier Augen sprechen, dem Schutzverfahren folgen, die Hilfetelefone nennen.',
  'notes.title': 'Notizen zur Sitzung',
  'notes.intro':
    'Datum: ____________   Gruppe: ______________________   Anwesend: ______. Diese Notizen werden von Hand geschrieben und bleiben auf dieser Seite: Circlework speichert nichts davon. Bewahren Sie sie bei Ihren anderen vertraulichen Notizen auf.',
  'notes.wentWell': 'Was gut lief',
  'notes.wentWellHint': 'Momente, Übungen oder Worte, die angekommen sind.',
  'notes.themes': 'Themen zum Nachgehen',
  'notes.themesHint':
    'Worauf die Gruppe immer wieder kam, oder was beim nächsten Mal kommen könnte.',
  'notes.checkIns': 'Einzelgespräche, die anstehen',
  'notes.checkInsHint':
    'Mit wem Sie allein sprechen möchten, und worüber. Nutzen Sie Initialen oder ein Zeichen, das nur Sie lesen.',
  'notes.nextTime': 'Fürs nächste Mal',
  'notes.nextTimeHint': 'Zeitplan, Raum, was sich ändern soll.',
  'csv.column.exercise': 'Übung',
  'csv.column.kind': 'Art',
  'csv.column.respondents': 'Antwortende',
  'csv.column.row': 'Zeile',
  'csv.column.category': 'Kategorie',
  'csv.column.count': 'Anzahl',
  'csv.column.note': 'Hinweis',
  'csv.kind':
    '{kind, select, scale {Reflexionsskala} choice {Auswahl} sort {Zuordnen} words {Wortwolke} open {offene Frage} rank {Rangfolge} slider {Schieberegler} other {privates Arbeitsblatt}}',
  'csv.band.disagree': 'Bewertungen 1-2',
  'csv.band.neutral': 'Bewertung 3',
  'csv.band.mixed': 'dazwischen',
  'csv.band.agree': 'Bewertungen 4-5',
  'csv.band.skipped': 'ausgelassen',
  'csv.band.unplaced': 'nicht zugeordnet',
  'csv.range': '{from} bis {to}',
  'csv.themeLean': '{text}: wohin die Antworten neigen',
  'csv.wordRank': 'Rang {value}',
  'csv.averagePosition': 'durchschnittliche Position {value}',
  'csv.sharedText': 'geteilter Text',
  'csv.withheld': 'Zurückgehalten: Weniger als {k} Personen haben geantwortet.',
};
