import type { StarterCatalog } from './en.js';

export const es: StarterCatalog = {
  title: 'Mi nuevo taller',
  agreement: [
    'Antes de empezar, acordamos algunas cosas.',
    '',
    '- Lo que se comparte aquí se queda aquí. Llévate lo que aprendiste, no quién dijo qué.',
    '- Hay un límite. Si alguien puede estar en peligro, o puede hacerse daño o hacérselo a otra persona, la persona orientadora quizá tenga que actuar para proteger a la gente. Siempre que pueda, hablará antes con esa persona.',
    '- Puedes pasar cualquier pregunta. Nunca tienes que explicar por qué.',
    '- Habla de patrones y sentimientos, no de detalles crudos.',
    '- Tus respuestas son anónimas para el grupo. La persona orientadora ve cuántas personas respondieron, no quién respondió qué.',
    '- Este es un espacio para aprender y reflexionar. No es un examen ni un diagnóstico.',
  ].join('\n'),
  welcomeTitle: 'Bienvenida',
  welcomeBody:
    'Te damos la bienvenida. Hoy vamos a pensar en grupo sobre algo que importa en las relaciones cercanas.',
};
