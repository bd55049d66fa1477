import type { PdfCatalog } from './en.js';

export const es: PdfCatalog = {
  'frame.support': 'Apoyo: {text}',
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
};
