/**
 * How long an answer may be, as plain constants in a module without zod: the phone's inputs
 * stop typing at these lengths; answer-schema.ts refuses anything longer.
 */
export const WORD_MAX_LENGTH = 32;
export const WORKSHEET_FIELD_MAX_LENGTH = 1000;
