/**
 * The host sends each phone the workshop in the phone's language (issue 16), with real sealed
 * socket.io phones: the language comes with the join, a resume or a switch; it is checked
 * against the shipped tags (an unknown one on join is left out, a bad switch is refused with a
 * clear error); answers from phones in different languages count together by id; and a phone's
 * takeaway PDF comes in its language.
 */
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SortAggregate } from '../../shared/aggregate/aggregate-types.js';
import type { JoinResult } from '../../shared/protocol/participant-events.js';
import type { ConsoleLiveView, ParticipantView } from '../../shared/protocol/views.js';
import { formatTemplateError } from '../../main/templates/format-template-error.js';
import { parseTemplateFile } from '../../main/templates/parse-template-file.js';
import { shippedTemplatesDir } from '../../main/templates/shipped-templates-dir.js';
import type { SealedPhone } from '../kits/sealed-phone.js';
import { checkPdf } from '../unit/exports-pdf-tools.js';
import {
  closeClients,
  connectConsole,
  connectParticipant,
  must,
  startTestHost,
  TEST_SETTINGS,
  waitForView,
  type TestHost,
} from './host-test-kit.js';

const parsed = parseTemplateFile(join(shippedTemplatesDir(), 'interdependence.yaml'));
if (!parsed.ok) throw new Error(parsed.errors.map(formatTemplateError).join('\n'));
const workshop = parsed.template;

describe('host: each phone gets the workshop in its language', () => {
  let t: TestHost;
  let consoleSocket: Socket;
  let view: ConsoleLiveView;
  const phones: Record<string, SealedPhone> = {};
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestHost();
    consoleSocket = await connectConsole(t.host);
    // The shipped workshop itself; no agreement of the counselor's own, so the workshop's shows.
    const created = await must<{ view: ConsoleLiveView }>(consoleSocket, 'session:create', {
      templateId: 'interdependence',
      settings: { ...TEST_SETTINGS, agreement: '' },
    });
    view = created.view;
  });

  afterAll(async () => {
    closeClients();
    await t.stop();
  });

  it('joins in English, Spanish, Arabic and an unknown tag (which gets the workshop’s own)', async () => {
    const titles: Record<string, string> = {};
    for (const language of ['en', 'es', 'ar', 'xx']) {
      const phone = await connectParticipant(t.host);
      const joined = await must<JoinResult>(phone, 'join', { roomCode: view.roomCode, language });
      phones[language] = phone;
      tokens[language] = joined.resumeToken;
      titles[language] = joined.view.title;
      expect(joined.view.agreement.length).toBeGreaterThan(100);
    }
    expect(titles).toEqual({
      en: 'Interdependence: close without losing yourself',
      es: 'Interdependencia: cerca sin perderte',
      ar: 'الاعتماد المتبادل: قريبون دون أن تفقد نفسك',
      xx: 'Interdependence: close without losing yourself',
    });
  });

  it('refuses a language outside the shipped set clearly, and one before joining', async () => {
    const bad = await phones.en!.request('language', { language: 'fr' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(JSON.stringify(bad)).toMatch(/use one of: en, es, de, ar/);
    const stranger = await connectParticipant(t.host);
    const early = await stranger.request('language', { language: 'es' });
    expect(early).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PARTICIPANT' } });
  });

  it('a phone that switches gets its views in the new language from then on', async () => {
    const switched = await must<{ view: ParticipantView }>(phones.xx!, 'language', {
      language: 'de',
    });
    // No German translation: the workshop's own words, on a phone whose interface is German.
    expect(switched.view.title).toBe('Interdependence: close without losing yourself');
    const toSpanish = await must<{ view: ParticipantView }>(phones.en!, 'language', {
      language: 'es',
    });
    expect(toSpanish.view.title).toBe('Interdependencia: cerca sin perderte');
    const steps = workshop.steps.map((s) => s.id);
    const pushed = waitForView(phones.en!, (v) => v.step?.id === 'sort-patterns');
    const pushedAr = waitForView(phones.ar!, (v) => v.step?.id === 'sort-patterns');
    await must(consoleSocket, 'session:action', { action: { type: 'start' } });
    await must(consoleSocket, 'session:action', {
      action: { type: 'goto', index: steps.indexOf('sort-patterns') },
    });
    const [es, ar] = await Promise.all([pushed, pushedAr]);
    const label = (v: ParticipantView) =>
      v.step?.kind === 'sort' ? v.step.categories.map((c) => c.label) : [];
    expect(label(es)).toContain('Depende de la situación');
    expect(label(ar)).toContain('يعتمد على الموقف');
    expect(es.step?.kind === 'sort' && es.step.categories.map((c) => c.id)).toEqual(
      ar.step?.kind === 'sort' && ar.step.categories.map((c) => c.id),
    );
  });

  it('counts answers from every language together, by id', async () => {
    await must(consoleSocket, 'session:action', { action: { type: 'open' } });
    for (const phone of Object.values(phones)) {
      await must(phone, 'answer', {
        stepId: 'sort-patterns',
        answer: { kind: 'sort', placements: { 'yes-to-keep-peace': 'it-depends' } },
      });
    }
    await must(consoleSocket, 'session:action', { action: { type: 'close' } });
    const revealed = await must<{ view: ConsoleLiveView }>(consoleSocket, 'session:action', {
      action: { type: 'reveal' },
    });
    const sort = revealed.view.roomAggregate as SortAggregate;
    expect(sort.respondents).toBe(4);
    const item = sort.items.find((i) => i.itemId === 'yes-to-keep-peace');
    expect(item?.counts.find((c) => c.key === 'it-depends')?.count).toBe(4);
  });

  it('makes each phone’s takeaway in its language', async () => {
    await must(consoleSocket, 'session:action', { action: { type: 'end' } });
    const reply = await phones.ar!.request<{ pdf: string }>('takeaway', {
      resumeToken: tokens.ar,
      ownAnswers: true,
      layout: 'standard',
      language: 'es',
    });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const { flat } = checkPdf(Buffer.from(reply.pdf, 'base64'), 'takeaway-es-host');
    expect(flat).toContain('MI RESUMEN');
    expect(flat).toContain('Interdependencia: cerca sin perderte');
  });
});
