/**
 * A refusal from the host reaches the console as a code; the console words every code it can
 * receive from its own catalogs and keeps the host's English only for a code it does not know.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../renderer/console-and-projector/i18n/catalogs/en.js';
import { ar } from '../../renderer/console-and-projector/i18n/catalogs/ar.js';
import { de } from '../../renderer/console-and-projector/i18n/catalogs/de.js';
import { es } from '../../renderer/console-and-projector/i18n/catalogs/es.js';
import { activateRoomCatalog } from '../../renderer/console-and-projector/i18n/translate.js';
import { hostSentenceOrReason } from '../../renderer/console-and-projector/refusal-reason-text.js';
import { replyErrorText } from '../../renderer/console-and-projector/reply-error-text.js';
import { PROTOCOL_ERROR_CODES } from '../../shared/protocol/errors.js';
import { createSession } from '../../shared/session/create-session.js';
import { reduceSession } from '../../shared/session/reduce-session.js';
import { exportsFixtureTemplate } from './exports-fixture-template.js';
import { FIXTURE_SETTINGS } from './exports-fixture-session.js';

const HOST_SENTENCE = 'an English sentence only the host would write';

describe('reply errors in the counselor’s language', () => {
  afterEach(() => activateRoomCatalog('en', en));

  it('words every code the protocol defines from the catalog, never the host’s sentence', () => {
    activateRoomCatalog('es', es);
    const catalogTexts = new Set<string>(Object.values(es));
    // The one code whose sentence carries the host's list of the workshop's faulty fields.
    catalogTexts.add(es['reply.error.invalidTemplate'].replace('{details}', HOST_SENTENCE));
    for (const code of PROTOCOL_ERROR_CODES) {
      const text = replyErrorText({ code, message: HOST_SENTENCE });
      expect(text, code).not.toBe(HOST_SENTENCE);
      expect(catalogTexts.has(text), `${code} → ${text}`).toBe(true);
    }
  });

  it('keeps the host’s sentence for a code it does not know', () => {
    activateRoomCatalog('es', es);
    expect(replyErrorText({ code: 'SOMETHING_NEW', message: HOST_SENTENCE })).toBe(HOST_SENTENCE);
  });

  it('shows the host’s own, more specific English sentence on an English console', () => {
    const damaged = 'This session file was saved with another key and cannot be opened here.';
    expect(replyErrorText({ code: 'NOT_FOUND', message: damaged })).toBe(damaged);
    activateRoomCatalog('es', es);
    expect(replyErrorText({ code: 'NOT_FOUND', message: damaged })).toBe(
      es['reply.error.notFound'],
    );
  });

  it('reads a real refusal from the session in Spanish', () => {
    const state = createSession(exportsFixtureTemplate(), FIXTURE_SETTINGS, {
      id: 'refusal',
      roomCode: 'ABCD',
      now: Date.UTC(2026, 10, 29),
    });
    const ended = reduceSession(state, { type: 'end', now: Date.UTC(2026, 10, 29, 1) });
    if (!ended.ok) throw new Error('ending a session in the lobby should work');
    const refusal = reduceSession(ended.state, { type: 'start' });
    if (refusal.ok) throw new Error('an ended session must refuse to start');
    const wire = JSON.parse(JSON.stringify(refusal.error)) as typeof refusal.error;

    activateRoomCatalog('es', es);
    const text = replyErrorText(wire);
    expect(wire.code).toBe('ENDED');
    expect(text).toBe('Esta sesión ha terminado.');
    expect(text).not.toBe(wire.message);
  });

  it('says why a stored session cannot be opened, as the English sentence does', () => {
    const otherKey = {
      code: 'NOT_FOUND',
      message: 'This session was saved with another key (on another computer…).',
      reason: { kind: 'sessionFile', problem: 'other-key' },
    } as const;
    expect(replyErrorText(otherKey)).toBe(otherKey.message);
    activateRoomCatalog('es', es);
    expect(replyErrorText(otherKey)).toBe(es['reply.reason.sessionFile.otherKey']);
    expect(replyErrorText(otherKey)).toMatch(/otra clave/);
    activateRoomCatalog('de', de);
    expect(
      replyErrorText({ ...otherKey, reason: { kind: 'sessionFile', problem: 'too-large' } }),
    ).toBe(de['reply.reason.sessionFile.tooLarge']);
  });

  it('says why a workshop file or picture was refused, with the numbers in the console’s language', () => {
    activateRoomCatalog('es', es);
    const newer = {
      code: 'INVALID_TEMPLATE',
      message: 'x.circlework: This workshop file was made by a newer version…',
      reason: { kind: 'bundleNewer', fileVersion: 3, readsVersion: 1 },
    } as const;
    expect(replyErrorText(newer)).toBe(
      'Este archivo de taller se hizo con una versión más reciente de Circlework (versión de archivo 3; esta lee la versión 1). Actualiza Circlework para abrirlo; no se importó nada.',
    );
    activateRoomCatalog('de', de);
    const picture = {
      code: 'INVALID_TEMPLATE',
      message: 'The picture is 3.5 MB; at most 2 MB, please make it smaller.',
      reason: { kind: 'pictureTooLarge', bytes: 3.5 * 1024 * 1024, maxBytes: 2 * 1024 * 1024 },
    } as const;
    expect(replyErrorText(picture)).toBe(
      'Das Bild ist 3,5 MB groß; höchstens 2 MB sind möglich. Bitte verkleinern Sie es.',
    );
  });

  it('says why an edited workshop was not saved, in the editor’s list of host errors', () => {
    const full = 'Could not save the workshop: the disk is full. Free some space and save again.';
    const diskFull = { kind: 'workshopNotWritten', cause: 'diskFull', detail: 'ENOSPC' } as const;
    expect(hostSentenceOrReason(full, diskFull)).toBe(full);
    activateRoomCatalog('ar', ar);
    expect(hostSentenceOrReason(full, diskFull)).toBe(
      ar['reply.reason.workshopNotWrittenDiskFull'],
    );
    expect(hostSentenceOrReason('steps.2.prompt: too long', undefined)).toBe(
      'steps.2.prompt: too long',
    );
  });

  it('words the code when the reason is one this console does not know (a newer host)', () => {
    activateRoomCatalog('es', es);
    const newer = { code: 'NOT_FOUND', message: HOST_SENTENCE, reason: { kind: 'somethingNew' } };
    expect(replyErrorText(newer as never)).toBe(es['reply.error.notFound']);
    const newerProblem = { kind: 'sessionFile', problem: 'eaten-by-a-grue' };
    expect(replyErrorText({ ...newer, reason: newerProblem } as never)).toBe(
      es['reply.error.notFound'],
    );
  });

  it('keeps an invalid workshop’s field list inside the translated sentence', () => {
    activateRoomCatalog('es', es);
    expect(replyErrorText({ code: 'INVALID_TEMPLATE', message: 'steps.2.prompt: too long' })).toBe(
      'Este taller tiene problemas: steps.2.prompt: too long',
    );
  });
});
