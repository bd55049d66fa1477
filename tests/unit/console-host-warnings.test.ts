/**
 * Problems on the laptop reach the console as codes with values; the console words every code in
 * the counselor's language, keeps the system's own detail (for whoever helps) as it is, and says
 * when unreadable changes were made in the console's clock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ar } from '../../renderer/console-and-projector/i18n/catalogs/ar.js';
import { de } from '../../renderer/console-and-projector/i18n/catalogs/de.js';
import { en } from '../../renderer/console-and-projector/i18n/catalogs/en.js';
import { es } from '../../renderer/console-and-projector/i18n/catalogs/es.js';
import { activateRoomCatalog } from '../../renderer/console-and-projector/i18n/translate.js';
import { hostWarningText } from '../../renderer/console/host-warning-text.js';
import { hostWarningSchema, type HostWarning } from '../../shared/protocol/host-warnings.js';

const SESSION = 'qkF7kBLypGJF-9U6';
const AT = new Date(2026, 10, 29, 14, 5).getTime();
const LATER = new Date(2026, 10, 29, 14, 40).getTime();

/** One warning of every code the protocol defines. */
const EVERY_CODE: HostWarning[] = [
  { code: 'sessionNotSaved', params: { detail: 'EROFS: read-only file system', diskFull: false } },
  { code: 'answersNotWritten', params: { detail: 'ENOSPC: no space left', diskFull: true } },
  { code: 'sessionFileDamagedAtStart', params: { sessionId: SESSION } },
  {
    code: 'sessionFileDamaged',
    params: {
      sessionId: SESSION,
      losses: [
        { kind: 'missing', records: 3, after: AT, before: LATER },
        { kind: 'outOfPlace', records: 1, repeated: true },
        { kind: 'damagedEnd', bytes: 11, detail: 'torn record header' },
      ],
      details: ['checksum mismatch'],
      copy: `${SESSION}.damaged-at-5358.copy`,
    },
  },
  { code: 'recordsNotReplayed', params: { sessionId: SESSION, count: 2 } },
  {
    code: 'sessionFileUnusable',
    params: { sessionId: SESSION, problem: 'other-key', detail: 'record fails authentication' },
  },
  { code: 'sessionNotOpened', params: { sessionId: SESSION, detail: 'EIO: i/o error' } },
];

const LANGUAGES = [
  { tag: 'en', catalog: en },
  { tag: 'es', catalog: es },
  { tag: 'de', catalog: de },
  { tag: 'ar', catalog: ar },
] as const;

describe('host warnings in the counselor’s language', () => {
  afterEach(() => activateRoomCatalog('en', en));

  it('covers every code the protocol defines', () => {
    const codes = hostWarningSchema.options.map((option) => option.shape.code.value);
    expect(EVERY_CODE.map((w) => w.code).sort()).toEqual([...codes].sort());
    for (const warning of EVERY_CODE) expect(hostWarningSchema.parse(warning)).toEqual(warning);
  });

  for (const { tag, catalog } of LANGUAGES) {
    it(`${tag}: words every warning, keeping the session and the system’s detail`, () => {
      activateRoomCatalog(tag, catalog);
      for (const warning of EVERY_CODE) {
        const text = hostWarningText(warning);
        expect(text, warning.code).not.toMatch(/[{}#]|«|undefined/);
        if ('sessionId' in warning.params) expect(text, warning.code).toContain(SESSION);
        if ('detail' in warning.params && warning.code !== 'sessionFileUnusable') {
          expect(text, warning.code).toContain(warning.params.detail);
        }
      }
    });
  }

  it('says in Spanish what a damaged file cost, with the times of the lost changes', () => {
    activateRoomCatalog('es', es);
    const clock = (at: number) => new Intl.DateTimeFormat('es', { timeStyle: 'short' }).format(at);
    expect(hostWarningText(EVERY_CODE[3]!)).toBe(
      `El archivo de la sesión ${SESSION} estaba dañado (checksum mismatch). ` +
        `No se pudieron leer 3 cambios (respuestas, entradas o pasos) de entre las ${clock(AT)} y las ${clock(LATER)}. ` +
        '1 registro estaba repetido en el archivo y no se aplicó otra vez. ' +
        'Sus últimos bytes están dañados (torn record header, 11 bytes): lo más probable es un cambio que se estaba escribiendo cuando el portátil se detuvo, y que a ningún teléfono se le había confirmado como guardado. ' +
        'Todo lo demás se ha recuperado. ' +
        `Se guardó una copia del archivo dañado como ${SESSION}.damaged-at-5358.copy.`,
    );
  });

  it('says which key problem keeps a session closed, in German', () => {
    activateRoomCatalog('de', de);
    expect(hostWarningText(EVERY_CODE[5]!)).toBe(
      `Die Sitzung ${SESSION} konnte nicht geöffnet werden. ${de['reply.reason.sessionFile.otherKey']}`,
    );
  });

  it('names a single lost change at one minute, and a full disk, in Arabic with Latin digits', () => {
    activateRoomCatalog('ar', ar);
    const one: HostWarning = {
      code: 'sessionFileDamaged',
      params: {
        sessionId: SESSION,
        losses: [{ kind: 'missing', records: 1, after: AT, before: AT + 1000 }],
        details: [],
      },
    };
    const text = hostWarningText(one);
    expect(text).toContain('تعذّرت قراءة تغيير واحد');
    expect(text).toMatch(/من الساعة \d{1,2}:05/);
    expect(hostWarningText(EVERY_CODE[1]!)).toMatch(/^قرص الحاسوب ممتلئ/);
  });
});
