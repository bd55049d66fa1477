import { createTranslator } from '../../common/i18n/translator.js';
import { en } from './catalogs/en.js';

/** The console's and projector's translator: English until the counselor picks another language. */
const room = createTranslator(en);

export const t = room.t;
export const activateRoomCatalog = room.activate;
/** The locale the console and projector speak now, for dates and numbers. */
export const roomLocale = room.locale;
