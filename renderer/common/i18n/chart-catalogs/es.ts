import type { ChartCatalog } from './en.js';

/**
 * The charts' Spanish messages, the same keys as en.ts. DRAFT TO REVIEW: written by the
 * development team; a native-speaking counselor should review the wording before use.
 */
export const chartEs: ChartCatalog = {
  'chart.tooFew':
    'Todavía hay muy pocas respuestas para mostrarlas. Aparecerá un resumen cuando hayan respondido al menos {k, plural, one {# persona} other {# personas}}.',
  'chart.respondents': '{count, plural, one {# persona respondió} other {# personas respondieron}}',
  'chart.people': '{count, plural, one {# persona} other {# personas}}',
  'chart.percent': '{percent} %',
  'chart.choiceDetail': '{count, plural, one {# persona} other {# personas}} · {percent} %',
  'chart.correct': 'correcta',
  'chart.average': 'Media',
  'chart.median': 'Valor central',
  'chart.averagePosition': 'puesto medio {place, number, ::.0}',
  'chart.placedAsKey': 'el {percent} % lo colocó en «{category}»',
  'chart.sortOpinionNote': 'Dónde colocó la gente cada elemento. No hay respuesta correcta.',
  'chart.noTexts': 'No se compartió ninguna respuesta con el grupo.',
  'chart.noWords': 'No hay palabras que mostrar.',
  'chart.hideWord': 'Ocultar la palabra «{word}»',
  'chart.hideWordHint': 'Ocultar esta palabra de la nube',
  'chart.ratingLegend': 'Valoraciones del 1 al 5',
  'chart.statements': 'Mostrar cada afirmación',
  'chart.ratingCount': '{label}: {count}',
  'chart.or': 'o',
  'chart.splitWithheld': 'El reparto no se muestra, para proteger los números pequeños.',
  'chart.otherCombined': 'Otras respuestas juntas',
  'chart.combinedNote':
    'Las respuestas dadas por menos de 3 personas se agrupan, para que nadie pueda ser identificado.',
  'chart.mostMatchKey': 'La mayoría del grupo coincidió con la clave',
  'chart.bandSkipped': 'Sin responder',
  'chart.bandMixed': 'En medio',
  'chart.leanTitle': 'Hacia dónde se inclina la gente en general',
  'chart.leanMost': 'La mayoría del grupo se inclinó hacia «{band}».',
  'chart.leanHalf': 'La mitad del grupo se inclinó hacia «{band}».',
  'chart.leanMixed': 'La mayoría del grupo valoró este tema en un punto intermedio.',
  'chart.leanSplit': 'Aquí el grupo se inclinó en distintas direcciones.',
  'chart.sliderMost': 'La mayoría del grupo respondió {range}.',
  'chart.choiceMost': 'La mayoría del grupo eligió «{option}».',
  'chart.choiceMostPicked': 'Más de la mitad del grupo eligió {options}.',
  'chart.quoted': '«{text}»',
  'chart.topWords': 'Palabras que dio más de una persona, primero las más frecuentes.',
  'chart.noTopWords': 'Ninguna palabra la dio más de una persona.',
  'room.tooFewTitle': 'Muy pocas respuestas para mostrarlas',
  'room.tooFew':
    'Para que todas las personas sigan en el anonimato, los resultados se muestran a partir de {k} respuestas.',
  'room.respondents': '{count, plural, one {# respuesta} other {# respuestas}}',
  'room.averagePosition': 'puesto medio {place, number, ::.0} de {count}',
  'room.sortLabel': '{item} → {category}',
  'room.sortNote': 'Parte del grupo que colocó cada elemento donde lo pone la clave',
  'room.median': 'Respuesta central',
  'room.noTexts': 'Aún no hay respuestas compartidas aprobadas.',
  'room.noWords': 'Aún no hay palabras que mostrar.',
};
