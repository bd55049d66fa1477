import type { StarterCatalog } from './en.js';

export const de: StarterCatalog = {
  title: 'Mein neuer Workshop',
  agreement: [
    'Bevor wir anfangen, einigen wir uns auf ein paar Dinge.',
    '',
    '- Was hier geteilt wird, bleibt hier. Nimm mit, was du gelernt hast, nicht wer was gesagt hat.',
    '- Es gibt eine Grenze. Wenn jemand in Gefahr sein könnte oder sich selbst oder anderen schaden könnte, muss die Beraterin oder der Berater vielleicht handeln, um Menschen zu schützen. Wo es geht, spricht sie oder er vorher mit dieser Person.',
    '- Du kannst jede Frage auslassen. Du musst nie sagen, warum.',
    '- Sprich über Muster und Gefühle, nicht über drastische Einzelheiten.',
    '- Deine Antworten sind für die Gruppe anonym. Die Beraterin oder der Berater sieht, wie viele geantwortet haben, nicht wer was geantwortet hat.',
    '- Hier geht es ums Lernen und Nachdenken. Es ist kein Test und keine Diagnose.',
  ].join('\n'),
  welcomeTitle: 'Willkommen',
  welcomeBody:
    'Willkommen. Heute denken wir gemeinsam über etwas nach, das in nahen Beziehungen wichtig ist.',
};
