/** The pure view builders the host calls after every state change (one module to import). */
export { buildConsoleView } from './build-console-view.js';
export { buildParticipantView } from './build-participant-view.js';
export { buildProjectorView } from './build-projector-view.js';
export { publicStep } from './public-step.js';
