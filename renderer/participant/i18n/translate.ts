import { createTranslator } from '../../common/i18n/translator.js';
import { en } from './catalogs/en.js';

/** The phone's translator: English until a phone picks another language. */
const phone = createTranslator(en);

export const t = phone.t;
export const activateCatalog = phone.activate;
