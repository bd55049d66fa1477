import type { PdfCatalog } from './en.js';

export const de: PdfCatalog = {
  'frame.support': 'Unterstützung: {text}',
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
};
