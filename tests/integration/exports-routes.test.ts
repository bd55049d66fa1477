import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JoinResult } from '../../shared/protocol/participant-events.js';
import type { ConsoleLiveView } from '../../shared/protocol/views.js';
import type { Answer } from '../../shared/session/answer-schema.js';
import { checkPdf, pageCount } from '../unit/exports-pdf-tools.js';
import { isTagged } from '../unit/exports-pdf-structure.js';
import type { SealedPhone } from '../kits/sealed-phone.js';
import { parseCsv } from '../kits/parse-csv.js';
import {
  ask,
  closeClients,
  connectConsole,
  connectParticipant,
  must,
  openSession,
  startTestHost,
  waitForView,
  type TestHost,
} from './host-test-kit.js';

const PEOPLE = 6;
const nickname = (i: number) => `Yak${i}Nickname`;
const worksheetText = (i: number) =>
  `Boundary of person ${['Ada', 'Bea', 'Cy', 'Dee', 'Eve', 'Flo'][i]} kept private`;

function answerFor(stepId: string, i: number): Answer {
  switch (stepId) {
    case 'patterns':
      return { kind: 'scale', values: { needed: i < 3 ? 4 : 2, guilt: 3, yes: 5 } };
    case 'quiz':
      return { kind: 'choice', optionIds: [i < 4 ? 'a' : 'c'] };
    case 'sorting':
      return { kind: 'sort', placements: { own: 'inter', fix: 'co', ask: 'inter' } };
    case 'cloud':
      return { kind: 'words', words: ['listening', i === 0 ? 'Raremoon' : 'patience'] };
    case 'story':
      // Person 4 does not opt in; person 5 opts in but is not approved.
      return {
        kind: 'open',
        text: [
          'Walks by the river',
          'Calling a friend',
          'Saying no kindly',
          'Quiet mornings',
          'Unshared diary',
          'Unapproved rant',
        ][i]!,
        share: i !== 4,
      };
    case 'priorities':
      return { kind: 'rank', order: ['rest', 'time', 'friends'] };
    case 'energy':
      return { kind: 'slider', value: 6 };
    case 'plan':
      return { kind: 'worksheet', fields: { boundary: worksheetText(i), first: 'Tell my sister' } };
    default:
      throw new Error(`no answer for ${stepId}`);
  }
}

describe('exports over the host doors', () => {
  let t: TestHost;
  let consoleSocket: Socket;
  let endPreview: ConsoleLiveView['exportPreview'];
  let tokens: string[] = [];
  let sessionId = '';
  /** The phone that asks for takeaways (any phone may ask with a token, as over HTTP before). */
  let asker: SealedPhone;
  const takeawayOf = async (
    token: string,
    options: Parameters<SealedPhone['takeaway']>[1] = {},
  ): Promise<Buffer> => {
    const reply = await asker.takeaway(token, options);
    if (!reply.ok) throw new Error(`takeaway failed: ${reply.error.code} ${reply.error.message}`);
    return reply.pdf;
  };

  beforeAll(async () => {
    t = await startTestHost();
    consoleSocket = await connectConsole(t.host);
    const opened = await openSession(consoleSocket);
    sessionId = opened.sessionId;
    const phones = await Promise.all(
      Array.from({ length: PEOPLE }, () => connectParticipant(t.host)),
    );
    const joins = await Promise.all(
      phones.map((phone, i) =>
        must<JoinResult>(phone, 'join', { roomCode: opened.roomCode, nickname: nickname(i) }),
      ),
    );
    tokens = joins.map((j) => j.resumeToken);
    asker = phones[0]!;
    await must(consoleSocket, 'session:action', { action: { type: 'start' } });
    for (const [index, step] of opened.template.steps.entries()) {
      await must(consoleSocket, 'session:action', { action: { type: 'goto', index } });
      if (step.kind === 'info' || step.kind === 'timer') continue;
      await must(consoleSocket, 'session:action', { action: { type: 'open' } });
      await Promise.all(
        phones.map((phone, i) =>
          must(phone, 'answer', { stepId: step.id, answer: answerFor(step.id, i) }),
        ),
      );
      const closed = await must<{ view: ConsoleLiveView }>(consoleSocket, 'session:action', {
        action: { type: 'close' },
      });
      for (const item of closed.view.moderation) {
        const decision = item.text === 'Unapproved rant' ? 'hidden' : 'approved';
        await must(consoleSocket, 'session:action', {
          action: { type: 'moderate', stepId: step.id, ref: item.ref, decision },
        });
      }
      const revealed = waitForView(
        phones[0]!,
        (v) => v.stepIndex === index && v.phase === 'revealed',
      );
      await must(consoleSocket, 'session:action', { action: { type: 'reveal' } });
      await revealed;
    }
    const ended = await must<{ view: ConsoleLiveView }>(consoleSocket, 'session:action', {
      action: { type: 'end' },
    });
    endPreview = ended.view.exportPreview;
  });

  afterAll(async () => {
    closeClients();
    await t.stop();
  });

  it('serves the anonymized results report to the console', async () => {
    const res = await fetch(
      `${t.consoleBase}/api/exports/results/${sessionId}.pdf?token=${t.host.token}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const { flat } = checkPdf(Buffer.from(await res.arrayBuffer()), 'route-results');
    expect(flat).toContain('Host test: every kind of step');
    expect(flat).not.toContain('Participants:');
    expect(flat).toContain(`Respondents: ${PEOPLE}`);
    expect(flat).toContain('Walks by the river');
    expect(flat).toContain('Quiet mornings');
    expect(flat).not.toContain('Unshared diary');
    expect(flat).not.toContain('Unapproved rant');
    expect(flat).not.toContain('Raremoon');
    for (let i = 0; i < PEOPLE; i++) {
      expect(flat).not.toContain(nickname(i));
      expect(flat).not.toContain(worksheetText(i));
    }
  });

  it('serves the same results as an anonymized CSV, behind the console token', async () => {
    const url = `${t.consoleBase}/api/exports/results/${sessionId}.csv`;
    expect((await fetch(url)).status).toBe(401);
    const res = await fetch(url, { headers: { 'x-console-token': t.host.token } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const csv = (await res.text()).replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('exercise,kind,respondents,row,category,count,note');
    expect(csv).toContain('Walks by the river');
    expect(csv).not.toContain('Unshared diary');
    expect(csv).not.toContain('Unapproved rant');
    expect(csv).not.toContain('Raremoon');
    expect(csv).not.toContain(sessionId);
    for (let i = 0; i < PEOPLE; i++) {
      expect(csv).not.toContain(nickname(i));
      expect(csv).not.toContain(worksheetText(i));
    }
    // No printed count of 1 or 2 in the count column.
    const counts = parseCsv(csv)
      .slice(1)
      .map((row) => row[5]);
    expect(counts.length).toBeGreaterThan(5);
    expect(counts.filter((c) => c === '1' || c === '2')).toEqual([]);
  });

  it('tells History what the export shows, as the end page did', async () => {
    expect(endPreview?.length).toBeGreaterThan(0);
    const reply = await must<{ items: unknown }>(consoleSocket, 'history:preview', { sessionId });
    expect(reply.items).toEqual(endPreview);
    const unknown = await ask(consoleSocket, 'history:preview', { sessionId: 'no-such-session' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('serves the handout and the guide to the console', async () => {
    for (const kind of ['handout', 'guide']) {
      const res = await fetch(`${t.consoleBase}/api/exports/${kind}/host-every-kind.pdf`, {
        headers: { 'x-console-token': t.host.token },
      });
      expect(res.status).toBe(200);
      const { flat } = checkPdf(Buffer.from(await res.arrayBuffer()), `route-${kind}`);
      expect(flat).toContain('Which is a sign of interdependence?');
    }
  });

  it('serves the guide, report and CSV notes in the counselor’s chosen language', async () => {
    const get = async (path: string) => {
      const res = await fetch(`${t.consoleBase}/api/exports/${path}`, {
        headers: { 'x-console-token': t.host.token },
      });
      expect(res.status).toBe(200);
      return res;
    };
    await must(consoleSocket, 'settings:set', { interfaceLanguage: 'es' });
    try {
      const guide = checkPdf(
        Buffer.from(await (await get('guide/host-every-kind.pdf')).arrayBuffer()),
        'route-guide-es',
      );
      expect(guide.flat).toContain('Hoja de la sesión');
      expect(guide.flat).toContain('Notas de la sesión');
      expect(guide.flat).not.toContain('Run sheet');
      const report = checkPdf(
        Buffer.from(await (await get(`results/${sessionId}.pdf`)).arrayBuffer()),
        'route-results-es',
      );
      expect(report.flat).toContain(`Personas que respondieron: ${PEOPLE}`);
      expect(report.flat).toContain('Números pequeños:');
      expect(report.flat).not.toContain('Respondents:');
      const csv = await (await get(`results/${sessionId}.csv`)).text();
      expect(csv).toContain('menos de 3');
      expect(csv).not.toContain('fewer than 3');
      expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
        'ejercicio,tipo,personas que respondieron,fila,categoría,recuento,nota',
      );
    } finally {
      await must(consoleSocket, 'settings:set', { interfaceLanguage: 'en' });
    }
  });

  it('serves the handout in the print layout the console asks for, tagged, with a safety page', async () => {
    const handout = async (query: string) => {
      const res = await fetch(`${t.consoleBase}/api/exports/handout/host-every-kind.pdf${query}`, {
        headers: { 'x-console-token': t.host.token },
      });
      expect(res.status).toBe(200);
      return checkPdf(Buffer.from(await res.arrayBuffer()), 'route-layout');
    };
    const standard = await handout('');
    const large = await handout('?layout=large');
    const unknown = await handout('?layout=tiny');
    expect(pageCount(large.path)).toBeGreaterThan(pageCount(standard.path));
    expect(pageCount(unknown.path)).toBe(pageCount(standard.path));
    expect(isTagged(large.path)).toBe(true);
    expect(large.flat).toContain('My safety and support page');
  });

  it('gives a phone its takeaway in large print when it asks', async () => {
    const takeaway = async (layout: 'standard' | 'large') =>
      checkPdf(await takeawayOf(tokens[3]!, { layout }), 'route-takeaway-large').path;
    const standard = await takeaway('standard');
    const large = await takeaway('large');
    expect(pageCount(large)).toBeGreaterThan(pageCount(standard));
  });

  it('gives each phone its own takeaway and nobody else’s', async () => {
    const takeaway = async (token: string) =>
      checkPdf(await takeawayOf(token), 'route-takeaway').flat;
    const first = await takeaway(tokens[0]!);
    expect(first).toContain('MY TAKEAWAY');
    expect(first).toContain(worksheetText(0));
    expect(first).toContain('Raremoon');
    expect(first).toContain('Welcome to the test workshop.');
    expect(first).toContain('Your answers lean toward');
    expect(first).not.toContain(worksheetText(1));
    expect(first).not.toContain(nickname(0));
    const second = await takeaway(tokens[1]!);
    expect(second).toContain(worksheetText(1));
    expect(second).not.toContain(worksheetText(0));
  });

  it('refuses the takeaway without a token or with an unknown one; the clear route is gone', async () => {
    const clear = await fetch(`${t.host.participantUrl}/api/takeaway.pdf`, {
      headers: { 'x-resume-token': tokens[0]! },
    });
    expect(clear.status).toBe(410);
    expect(clear.headers.get('content-type')).not.toBe('application/pdf');
    expect(await clear.text()).toMatch(/no longer sent in the clear/);
    expect(await ask(asker, 'takeaway', {})).toMatchObject({ error: { code: 'BAD_REQUEST' } });
    expect(await asker.takeaway('A'.repeat(43))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await asker.takeaway(t.host.token)).ok).toBe(false);
  });
  // Runs last: "Done — back to the library" closes the session.
  it('keeps each phone’s takeaway after "Done", until the session is deleted', async () => {
    await must(consoleSocket, 'session:close', {});
    const { flat } = checkPdf(await takeawayOf(tokens[2]!), 'route-takeaway-after');
    expect(flat).toContain(worksheetText(2));
    expect(flat).not.toContain(worksheetText(3));
    // A phone that connects after the close still reaches the session's key and its takeaway.
    const later = await connectParticipant(t.host);
    expect((await later.takeaway(tokens[2]!)).ok).toBe(true);
    expect(await asker.takeaway('B'.repeat(43))).toMatchObject({ error: { code: 'NOT_FOUND' } });
    await must(consoleSocket, 'history:delete', { sessionId });
    expect(await asker.takeaway(tokens[2]!)).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
