import type { ChartCatalog } from './en.js';

/**
 * The charts' German messages, the same keys as en.ts. DRAFT TO REVIEW: written by the
 * development team; a native-speaking counselor should review the wording before use.
 */
export const chartDe: ChartCatalog = {
  'chart.tooFew':
    'Noch zu wenige Antworten, um etwas zu zeigen. Eine Zusammenfassung erscheint, sobald mindestens {k, plural, one {# Person} other {# Personen}} geantwortet {k, plural, one {hat} other {haben}}.',
  'chart.respondents':
    '{count, plural, one {# Person hat geantwortet} other {# Personen haben geantwortet}}',
  'chart.people': '{count, plural, one {# Person} other {# Personen}}',
  'chart.percent': '{percent} %',
  'chart.choiceDetail': '{count, plural, one {# Person} other {# Personen}} · {percent} %',
  'chart.correct': 'richtig',
  'chart.average': 'Durchschnitt',
  'chart.median': 'Mittlerer Wert',
  'chart.averagePosition': 'durchschnittlicher Platz {place, number, ::.0}',
  'chart.placedAsKey': '{percent} % haben es unter „{category}“ eingeordnet',
  'chart.sortOpinionNote':
    'Wohin die Gruppe jeden Punkt gelegt hat. Es gibt keine richtige Antwort.',
  'chart.noTexts': 'Es wurden keine Antworten mit der Gruppe geteilt.',
  'chart.noWords': 'Keine Wörter zum Anzeigen.',
  'chart.hideWord': 'Das Wort „{word}“ ausblenden',
  'chart.hideWordHint': 'Dieses Wort aus der Wolke ausblenden',
  'chart.ratingLegend': 'Bewertungen von 1 bis 5',
  'chart.statements': 'Jede Aussage zeigen',
  'chart.ratingCount': '{label}: {count}',
  'chart.or': 'oder',
  'chart.splitWithheld': 'Verteilung nicht gezeigt, um kleine Zahlen zu schützen.',
  'chart.otherCombined': 'Andere Antworten zusammen',
  'chart.combinedNote':
    'Antworten von weniger als 3 Personen werden zusammengefasst, damit niemand erkennbar ist.',
  'chart.mostMatchKey': 'Die meisten lagen wie der Schlüssel',
  'chart.bandSkipped': 'Ausgelassen',
  'chart.bandMixed': 'Dazwischen',
  'chart.leanTitle': 'Wohin die Gruppe insgesamt neigt',
  'chart.leanMost': 'Die meisten in der Gruppe neigten zu „{band}“.',
  'chart.leanHalf': 'Die Hälfte der Gruppe neigte zu „{band}“.',
  'chart.leanMixed': 'Die meisten in der Gruppe haben dieses Thema in der Mitte bewertet.',
  'chart.leanSplit': 'Die Gruppe neigte hier in verschiedene Richtungen.',
  'chart.sliderMost': 'Die meisten in der Gruppe antworteten {range}.',
  'chart.choiceMost': 'Die meisten in der Gruppe wählten „{option}“.',
  'chart.choiceMostPicked': 'Mehr als die Hälfte der Gruppe wählte {options}.',
  'chart.quoted': '„{text}“',
  'chart.topWords': 'Wörter, die mehr als eine Person genannt hat, die häufigsten zuerst.',
  'chart.noTopWords': 'Kein Wort wurde von mehr als einer Person genannt.',
  'room.tooFewTitle': 'Zu wenige Antworten, um sie zu zeigen',
  'room.tooFew': 'Damit alle anonym bleiben, werden Ergebnisse ab {k} Antworten gezeigt.',
  'room.respondents': '{count, plural, one {# Antwort} other {# Antworten}}',
  'room.averagePosition': 'durchschnittlicher Platz {place, number, ::.0} von {count}',
  'room.sortLabel': '{item} → {category}',
  'room.sortNote': 'Anteil der Gruppe, der jeden Punkt so eingeordnet hat wie der Schlüssel',
  'room.median': 'Mittlere Antwort',
  'room.noTexts': 'Noch keine geteilten Antworten freigegeben.',
  'room.noWords': 'Noch keine Wörter zum Anzeigen.',
};
