import type { PdfCatalog } from './en.js';

export const es: PdfCatalog = {
  'frame.support': 'Apoyo: {text}',
  'support.abuseHelpline': 'Línea de ayuda contra la violencia doméstica:',
  'frame.notDiagnosis': 'Material educativo, no un diagnóstico.',
  'frame.page': 'Página {page} de {pages}',
  'cover.about': 'Unos {minutes} minutos · Para {audience}',
  'cover.agreement': 'Nuestro acuerdo de grupo',
  'cover.notDiagnosisTitle': 'Esto es para reflexionar, no un diagnóstico',
  'cover.notDiagnosis':
    'Los ejercicios te ayudan a notar patrones y a ponerles palabras. No son un examen y no dan ninguna puntuación. Si algo de esto te pesa, hablar con alguien de confianza o con una o un terapeuta puede ayudar.',
  'cover.contentNotes': 'Avisos sobre el contenido',
  'cover.support': 'Apoyo',
  'credits.title': 'Fuentes y créditos',
  'safety.title': 'Mi página de seguridad y apoyo',
  'safety.intro':
    'Complétala para ti, a tu ritmo. Guárdala donde puedas alcanzarla y en un lugar seguro: si alguien en casa revisa tu teléfono o tu bolso, escribe solo lo que sería seguro que viera, o guárdalo en tu cabeza.',
  'safety.support': 'Apoyo para este grupo',
  'safety.crisisLine': 'Una línea de crisis a la que puedo llamar',
  'safety.crisisHint':
    'Si estás en peligro ahora mismo, llama al número de emergencias de tu zona.',
  'safety.abuseService': 'Un servicio para personas que tienen miedo de alguien en casa',
  'safety.trustedPerson': 'Una persona de confianza y cómo contactarla',
  'safety.unsafePlan': 'Qué haré si no me siento a salvo',
  'safety.unsafeHint':
    'Por ejemplo: un lugar al que puedo ir, alguien a quien puedo llamar, una palabra que le diga a una amistad que necesito ayuda.',
  'safety.counselor': 'Los datos de contacto de mi orientador u orientadora',
  'step.kind':
    '{kind, select, info {Lectura} timer {Pausa} scale {Reflexión} choice {Pregunta} sort {Ejercicio de clasificar} words {Unas palabras} open {Escritura} rank {Ordenar} slider {En una escala} other {Hoja de trabajo}}',
  'step.kindAndMinutes': '{kind} · unos {minutes} min',
  'step.contentNote': 'Aviso sobre el contenido',
  'handout.label': 'Hojas de trabajo',
  'handout.cover': 'Hojas de trabajo y material',
  'handout.notes': 'Notas, si quieres:',
  'takeaway.label': 'Mi resumen',
  'takeaway.yourAnswer': 'Tu respuesta',
  'takeaway.notAnswered': 'No respondiste a esta.',
  'takeaway.passed': 'Pasaste esta, y eso siempre está bien.',
  'takeaway.worksheetPrivate':
    'Esta hoja de trabajo es privada: nadie más la ve, ni siquiera la persona orientadora.',
  'takeaway.group': 'El grupo',
  'takeaway.notShown': 'Los resultados del grupo de este ejercicio no se mostraron en la sesión.',
  'takeaway.smallNumbers': 'Números pequeños: {method}',
  'takeaway.yoursTitle': 'Esto es tuyo',
  'takeaway.yoursWithAnswers':
    'Contiene tus propias respuestas, también tus hojas de trabajo privadas, junto a lo que el grupo vio en común. Solo tu teléfono podía descargarlo. Guárdalo en un lugar privado. Si alguien en casa revisa tu teléfono o tu bolso, conserva solo lo que sería seguro que viera.',
  'takeaway.yoursWithoutAnswers':
    'Esta copia no incluye tus respuestas: contiene solo lo que el grupo vio en común y el texto del material.',
  'takeaway.reflectionTitle': 'Para reflexionar, no un diagnóstico',
  'takeaway.reflectionBody':
    'Nada de esto es una puntuación ni una etiqueta. Si algo que escribiste te pesa, hablar con alguien de confianza o con una o un terapeuta puede ayudar.',
  'takeaway.support': 'Apoyo',
  'form.choice.tickAll': 'Marca todas las que correspondan.',
  'form.choice.tickOne': 'Marca una.',
  'form.open.shared':
    'Elegiste compartir esto de forma anónima; solo se mostró si la persona orientadora lo aprobó.',
  'form.open.private': 'Lo mantuviste en privado.',
  'form.rank.instructions':
    'Escribe 1 junto a lo que más te importa y {count} junto a lo que menos te importa.',
  'form.scale.instructions':
    'Marca una casilla por frase. Deja sin marcar las frases que prefieras no responder.',
  'form.scale.statement': 'Frase',
  'form.slider.mark': 'Marca tu lugar en la línea.',
  'form.slider.yourAnswer': 'Tu respuesta: {value}',
  'form.words.instructions':
    '{count, plural, one {Una palabra o una frase corta.} other {Hasta # palabras o frases cortas.}}',
  'form.leftBlank': '(en blanco)',
  'form.sort.item': 'Elemento',
  'form.sort.instructions': 'Marca una columna para cada elemento.',
  'reflect.title': 'Leer tus respuestas',
  'reflect.intro':
    'No hay puntuación ni respuesta correcta. En cada tema, mira las casillas que marcaste y fíjate hacia dónde se inclinan. Luego tómate un momento con la pregunta de abajo.',
  'reflect.lean': 'Aquí mis respuestas se inclinan:',
  'reflect.toward': 'sobre todo hacia «{label}»',
  'reflect.middle': 'hacia algún punto intermedio, o de forma mixta',
  'results.private':
    'Privado: las respuestas de las hojas de trabajo nunca se reúnen en resultados de grupo.',
  'results.withheld':
    'Retenido: respondieron menos de {k} personas, así que no se muestra nada, para proteger su privacidad.',
  'results.tooFew': 'Hay muy pocas respuestas para mostrarlas.',
  'results.chartAlt': 'Gráfico de las respuestas del grupo. {drawn}',
  'results.splitWithheld': 'No se muestra el reparto, para proteger los números pequeños.',
  'results.allCombined':
    '{noun, select, values {Todos los valores juntos} other {Todas las respuestas juntas}}',
  'results.otherCombined':
    '{noun, select, values {Otros valores juntos} other {Otras respuestas juntas}}',
  'results.or': 'o',
  'results.open.none': 'No se compartió ni aprobó ninguna respuesta para mostrarla.',
  'results.open.intro':
    'Respuestas que sus autores eligieron compartir y que la persona orientadora aprobó, en orden aleatorio.',
  'results.choice.mostMany': 'Más de la mitad del grupo eligió {options}.',
  'results.choice.mostOne': 'La mayor parte del grupo eligió {option}.',
  'results.choice.correct':
    '{merged, select, yes {respuestas correctas} other {respuesta correcta}}',
  'results.choice.multiple':
    'Se podía elegir más de una opción, así que los porcentajes suman más del 100 %.',
  'results.ownLean.title': 'Hacia dónde se inclinan tus respuestas',
  'results.ownLean.note':
    'Solo tú ves esto. No es una puntuación: solo una imagen para reflexionar.',
  'results.ownLean.none': 'No valoraste frases en este tema.',
  'results.ownLean.toward': 'Tus respuestas se inclinan hacia «{label}».',
  'results.ownLean.line':
    'Tus respuestas se inclinan hacia «{label}», en una línea que va de «{first}» a «{last}».',
  'results.scale.between': 'En medio (inclinación del tema)',
  'results.scale.skipped': 'Pasadas',
  'results.scale.half': 'La mitad del grupo se inclinó hacia «{label}».',
  'results.scale.different': 'El grupo se inclinó en distintas direcciones aquí.',
  'results.scale.middle': 'La mayor parte del grupo valoró este tema en un punto intermedio.',
  'results.scale.most': 'La mayor parte del grupo se inclinó hacia «{label}».',
  'results.scale.overall': 'Hacia dónde se inclina la gente en general.',
  'results.scale.allStatements': 'Todas las frases de este tema',
  'results.slider.otherValues': 'Otros valores',
  'results.slider.mostBetween': 'La mayor parte del grupo respondió entre {from} y {to}.',
  'results.slider.mostAt': 'La mayor parte del grupo respondió {value}.',
  'results.slider.median': 'Mediana {value}',
  'results.slider.mean': 'media {value}',
  'results.rank.intro': 'Posición media de cada elemento, lo más importante primero.',
  'results.rank.most': 'lo más importante',
  'results.rank.least': 'lo menos importante',
  'results.sort.leftOut': 'Sin colocar',
  'results.sort.opinion': 'Dónde colocó la gente cada elemento. No hay respuesta correcta.',
  'results.sort.taught': 'Dónde colocó la gente cada elemento, y qué enseña el taller sobre él.',
  'results.sort.none': 'No hay colocaciones que mostrar.',
  'results.sort.teaches': 'El taller enseña: {label}',
  'results.words.noneShared': 'Ninguna palabra la dio más de una persona.',
  'results.words.shared':
    'Palabras que dio más de una persona, las más frecuentes primero y más grandes.',
  'results.words.none': 'Ninguna palabra se dio suficientes veces para mostrarla.',
  'results.words.legend':
    'Las palabras más grandes se dieron más veces; el número pequeño dice cuántas personas la dieron.',
  'smallCell.merged':
    'Las respuestas que dieron menos de {min} personas se juntan en un solo grupo, que incluye las siguientes respuestas más pequeñas si hace falta, así que no se puede leer ni deducir ningún recuento de 1 o 2.',
  'smallCell.scale':
    'Cada tema muestra hacia dónde se inclinan de media las valoraciones de cada persona (hacia el extremo bajo, en medio o hacia el extremo alto); las afirmaciones muestran las valoraciones agrupadas en 1–2, 3 y 4–5. Los grupos de menos de {min} personas se juntan con otros, se omiten las afirmaciones cuyos grupos quedarían todos juntos y se omiten las medias, así que no se puede leer ni deducir ningún recuento de 1 o 2.',
  'smallCell.slider':
    'Los valores se agrupan en rangos (tres más amplios cuando cinco dejarían grupos pequeños); los rangos con menos de {min} respuestas se juntan con otros y se omiten las medias, así que no se puede leer ni deducir ningún recuento de 1 o 2.',
  'smallCell.topWords':
    'Solo aparecen las palabras que dieron al menos {min} personas, de la más frecuente a la menos, sin recuentos.',
  'smallCell.countedWords': 'Se omiten las palabras que escribieron menos de {min} personas.',
  'report.label': 'Resultados del grupo',
  'report.shown': 'Ejercicios mostrados: {shown} de {count}',
  'report.aboutTitle': 'Sobre este informe',
  'report.about':
    'Solo muestra totales anónimos del grupo: ni nombres, ni respuestas individuales, ni horas de respuesta. Un ejercicio respondido por menos de {k} personas no se muestra. Los textos compartidos aparecen solo si sus autores lo aceptaron y la persona facilitadora los aprobó, en orden aleatorio. Las fichas privadas nunca se incluyen. Donde los números pequeños podrían señalar a alguien, las respuestas se agrupan de forma más amplia, y cada ejercicio explica cómo.',
  'report.respondents': 'Personas que respondieron: {count}',
  'guide.label': 'Guía para facilitar',
  'guide.runningOrder': 'Orden de la sesión',
  'guide.col.number': 'N.º',
  'guide.col.step': 'Paso',
  'guide.col.kind': 'Tipo',
  'guide.col.starts': 'Empieza',
  'guide.col.minutes': 'Min',
  'guide.optional': '{text} (opcional)',
  'guide.plannedTotal':
    'Total previsto: {all} con todos los pasos opcionales, {planned} sin ellos (el taller se anuncia con {minutes} minutos).',
  'guide.contentNotes': 'Avisos de contenido que anunciar',
  'guide.notes': 'Notas para facilitar',
  'guide.timer': 'Temporizador: {time}.',
  'guide.seconds': '{seconds} segundos',
  'guide.minutes': '{minutes} min',
  'guide.minutesSeconds': '{minutes} min {seconds} s',
  'guide.scale':
    '{themes, plural, one {# tema} other {# temas}}, valorados de «{first}» a «{last}». Cada participante ve en privado hacia dónde se inclinan sus respuestas, tema por tema, con una pregunta para reflexionar. No hay puntuación; el grupo solo ve distribuciones anónimas.',
  'guide.reflection': 'Reflexión: {text}',
  'guide.choiceKey':
    '{key, select, yes {Respuestas correctas (marcadas):} other {Opciones (una pregunta de opinión, sin respuestas correctas):}}',
  'guide.why': 'Por qué: {text}',
  'guide.sortKey': 'Respuestas correctas:',
  'guide.col.item': 'Elemento',
  'guide.col.belongs': 'Va en',
  'guide.col.why': 'Por qué',
  'guide.words':
    'Hasta {count, plural, one {# palabra} other {# palabras}} por persona, que se muestran solo como nube de palabras. Puedes ocultar cualquier palabra antes de mostrarla; un filtro integrado oculta los insultos.',
  'guide.open':
    'Respuestas de hasta {count} caracteres. Solo se muestran, sin nombres y en orden aleatorio, los textos cuyos autores marcaron «Se puede compartir de forma anónima» y que tú apruebas.',
  'guide.rank': 'El grupo ve la posición media de cada elemento.',
  'guide.slider': 'De {min} ({minLabel}) a {max} ({maxLabel}) en pasos de {step}.',
  'guide.worksheet':
    'Privado: nunca se te muestran a ti ni al grupo las respuestas de las fichas; solo aparecen en el resumen personal de cada participante.',
  'guide.opinion':
    'Una clasificación de opinión: sin respuestas correctas. El grupo solo ve cómo se reparten. Notas para ofrecer:',
  'guide.col.thought': 'Una idea para ofrecer',
  'run.title': 'Hoja de la sesión',
  'run.intro':
    'Abre la sala en {open} para que los teléfonos se unan sin prisa. Previsto: {planned} de {minutes} minutos; los pasos opcionales (+ minutos) solo si hay tiempo.',
  'run.end': 'Fin',
  'run.agreement': 'Leer en voz alta: nuestro acuerdo de grupo',
  'run.needsYou': 'Si el grupo te necesita',
  'run.pause':
    'Señal de pausa: un número, nunca un nombre. Baja el ritmo, ofrece a todos un ejercicio para anclarse, di que salir un momento está bien.',
  'run.distress':
    'Malestar visible: no dirijas la atención del grupo hacia esa persona. Ofrece una palabra tranquila o una pausa; puede pasar en todo.',
  'run.leaves':
    'Alguien se va: sin comentarios. Quien cofacilita va a ver cómo está; si estás sola o solo, habla en privado en la pausa.',
  'run.danger':
    'Alguien cuenta que está en peligro: agradéceselo y no pidas detalles delante del grupo. Habla en privado pronto, sigue tu protocolo de protección y da los teléfonos de ayuda.',
  'notes.title': 'Notas de la sesión',
  'notes.intro':
    'Fecha: ____________   Grupo: ______________________   Asistentes: ______. Estas notas se escriben a mano y se quedan en esta página: Circlework no guarda ninguna. Guárdalas con tus otras notas confidenciales.',
  'notes.wentWell': 'Qué fue bien',
  'notes.wentWellHint': 'Momentos, ejercicios o palabras que llegaron.',
  'notes.themes': 'Temas para retomar',
  'notes.themesHint': 'A qué volvía el grupo una y otra vez, o qué podría venir la próxima vez.',
  'notes.checkIns': 'Conversaciones privadas pendientes',
  'notes.checkInsHint':
    'Con quién quieres hablar a solas, y sobre qué. Usa iniciales o una señal que solo tú entiendas.',
  'notes.nextTime': 'Para la próxima vez',
  'notes.nextTimeHint': 'El tiempo, la sala, qué cambiar.',
  'csv.column.exercise': 'ejercicio',
  'csv.column.kind': 'tipo',
  'csv.column.respondents': 'personas que respondieron',
  'csv.column.row': 'fila',
  'csv.column.category': 'categoría',
  'csv.column.count': 'recuento',
  'csv.column.note': 'nota',
  'csv.kind':
    '{kind, select, scale {escala de reflexión} choice {elección} sort {clasificación} words {nube de palabras} open {pregunta abierta} rank {orden de preferencia} slider {deslizador} other {hoja de trabajo privada}}',
  'csv.band.disagree': 'valoraciones 1-2',
  'csv.band.neutral': 'valoración 3',
  'csv.band.mixed': 'en medio',
  'csv.band.agree': 'valoraciones 4-5',
  'csv.band.skipped': 'pasadas',
  'csv.band.unplaced': 'sin colocar',
  'csv.range': '{from} a {to}',
  'csv.themeLean': '{text}: hacia dónde se inclina la gente',
  'csv.wordRank': 'puesto {value}',
  'csv.averagePosition': 'posición media {value}',
  'csv.sharedText': 'texto compartido',
  'csv.withheld': 'Sin mostrar: respondieron menos de {k} personas.',
};
