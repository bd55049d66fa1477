/**
 * A crowd of participants on the participant door: joins, answers spread over a window, and a
 * reconnect storm with `resume`. Used by the bench's load-generator process (light phones) and,
 * with a smaller crowd, by the integration tests (real socket.io-client phones).
 */
import { isDeepStrictEqual } from 'node:util';
import { io } from 'socket.io-client';
import {
  PARTICIPANT_NAMESPACE,
  type JoinResult,
} from '../../shared/protocol/participant-events.js';
import type { Reply } from '../../shared/protocol/errors.js';
import type { Answer } from '../../shared/session/answer-schema.js';
import { nodeSealPrimitives } from '../../main/host/crypto/node-seal-primitives.js';
import { PARTICIPANT_DOOR, SealedPhone } from '../kits/sealed-phone.js';
import { SealedCrowdPhone, type CrowdPhone } from './crowd-phone.js';
import { LightPhone } from './light-phone.js';
import { summarize, wallNow, type LatencySummary } from './stats.js';

/** Every member speaks the sealed protocol, as a phone does. */
export type ParticipantSocket = CrowdPhone;

export interface CrowdOptions {
  /** Participant door origin, e.g. http://127.0.0.1:P */
  url: string;
  count: number;
  /** Joins in flight at once (a real room joins over minutes, not in one instant). */
  concurrency?: number;
  /**
   * Spread the clients over many loopback source addresses (127.1.x.y), like phones on a LAN, for
   * per-address limits. Costly: bind-before-connect makes each new socket search for a free port.
   */
  spreadSourceAddresses?: boolean;
  ackTimeoutMs?: number;
  /**
   * Light phones (light-phone.ts): the same wire for a fraction of socket.io-client's CPU, so a
   * crowd of thousands does not compete with the target for the cores. Default: real clients.
   */
  light?: boolean;
}

interface Member {
  index: number;
  socket: ParticipantSocket;
  resumeToken?: string;
  /** The answer the host acknowledged: it must survive anything. */
  sent?: Answer;
  /** An answer sent without an acknowledgement (host killed, refused): may or may not be kept. */
  unconfirmed?: Answer;
  acked: boolean;
}

export interface JoinReport {
  joined: number;
  failed: number;
  errors: Record<string, number>;
  ms: number;
}

export interface AnswerReport {
  sent: number;
  acked: number;
  lost: number;
  errors: Record<string, number>;
  latency: LatencySummary;
  firstSentAt: number;
  lastAckAt: number;
  ms: number;
}

export interface StormReport {
  resumed: number;
  identical: number;
  failed: number;
  errors: Record<string, number>;
  latency: LatencySummary;
  /** From the first drop to the last successful resume. */
  ms: number;
}

const DEFAULT_ACK_TIMEOUT_MS = 20_000;

function sourceAddress(index: number): string {
  return `127.1.${Math.floor(index / 250)}.${(index % 250) + 1}`;
}

function count(errors: Record<string, number>, code: string): void {
  errors[code] = (errors[code] ?? 0) + 1;
}

/** A refusal's code; a request that got no reply in time is NO_ACK. */
function errorCode(reply: Reply & { ok: false }): string {
  return reply.error.code === 'TIMEOUT' ? 'NO_ACK' : reply.error.code;
}

/** Runs `task` over items with at most `limit` in flight. */
async function inBatches<T>(items: T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/**
 * An acknowledged answer must come back exactly; an unacknowledged one may come back or not
 * (the host may have stored it just before it died), but nothing else may.
 */
function keptRight(mine: Answer | undefined, member: Member): boolean {
  if (isDeepStrictEqual(mine, member.sent)) return true;
  return member.unconfirmed !== undefined && isDeepStrictEqual(mine, member.unconfirmed);
}

export class Crowd {
  private readonly members: Member[] = [];
  private readonly ackTimeoutMs: number;

  private url: string;

  constructor(private readonly options: CrowdOptions) {
    this.ackTimeoutMs = options.ackTimeoutMs ?? DEFAULT_ACK_TIMEOUT_MS;
    this.url = options.url;
  }

  /** Points later reconnects at another address (the host restarted on a new port). */
  retarget(url: string): void {
    this.url = url;
  }

  get size(): number {
    return this.members.length;
  }

  private connect(index: number): ParticipantSocket {
    const localAddress = this.options.spreadSourceAddresses ? sourceAddress(index) : undefined;
    if (this.options.light) {
      return new LightPhone(this.url, {
        timeoutMs: this.ackTimeoutMs,
        ...(localAddress ? { localAddress } : {}),
      });
    }
    const socket = io(this.url + PARTICIPANT_NAMESPACE, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      ...PARTICIPANT_DOOR,
      timeout: this.ackTimeoutMs,
      ...(localAddress ? { localAddress } : {}),
    } as Parameters<typeof io>[1]);
    // Real phones seal on their own CPUs; here thousands share the host's machine, so they seal
    // with node:crypto (the same algorithms as the phone's @noble) to leave the cores to the target.
    return new SealedCrowdPhone(
      new SealedPhone(socket, { timeoutMs: this.ackTimeoutMs, primitives: nodeSealPrimitives }),
    );
  }

  async join(roomCode: string): Promise<JoinReport> {
    const started = performance.now();
    const errors: Record<string, number> = {};
    const indexes = Array.from({ length: this.options.count }, (_, i) => i);
    await inBatches(indexes, this.options.concurrency ?? 50, async (index) => {
      const socket = this.connect(index);
      const member: Member = { index, socket, acked: false };
      this.members.push(member);
      const reply = await socket.request<JoinResult>('join', { roomCode });
      if (reply.ok) member.resumeToken = reply.resumeToken;
      else count(errors, errorCode(reply));
    });
    this.members.sort((a, b) => a.index - b.index);
    const joined = this.members.filter((m) => m.resumeToken).length;
    return { joined, failed: this.options.count - joined, errors, ms: performance.now() - started };
  }

  /** Every joined member answers once; sends are spread evenly over `spreadMs`. */
  async answerAll(
    stepId: string,
    answers: Answer[],
    spreadMs: number,
    onAck?: (acked: number) => void,
  ): Promise<AnswerReport> {
    const joined = this.members.filter((m) => m.resumeToken);
    const errors: Record<string, number> = {};
    const latencies: number[] = [];
    const firstSentAt = wallNow();
    let lastAckAt = firstSentAt;
    const gap = joined.length > 1 ? spreadMs / (joined.length - 1) : 0;
    const started = performance.now();
    await Promise.all(
      joined.map(async (member, i) => {
        await delay(started + i * gap - performance.now());
        const answer = answers[member.index % answers.length] as Answer;
        const sentAt = performance.now();
        const reply = await this.sendAnswer(member, stepId, answer);
        if (reply === 'ok') {
          latencies.push(performance.now() - sentAt);
          lastAckAt = Math.max(lastAckAt, wallNow());
          onAck?.(latencies.length);
        } else {
          count(errors, reply);
        }
      }),
    );
    return {
      sent: joined.length,
      acked: latencies.length,
      lost: joined.length - latencies.length,
      errors,
      latency: summarize(latencies),
      firstSentAt,
      lastAckAt,
      ms: performance.now() - started,
    };
  }

  /** Sends one answer; 'ok' once acknowledged, else the error code (NO_ACK when none came). */
  private async sendAnswer(member: Member, stepId: string, answer: Answer): Promise<string> {
    member.unconfirmed = answer;
    const reply = await member.socket.request('answer', { stepId, answer });
    if (!reply.ok) {
      // No reply in time: the answer may or may not be kept. A refusal: it was not.
      if (reply.error.code !== 'TIMEOUT') member.unconfirmed = undefined;
      return errorCode(reply);
    }
    member.sent = answer;
    member.unconfirmed = undefined;
    member.acked = true;
    return 'ok';
  }

  /** One member answers; resolves with 'ok' or the error code. */
  answerOne(index: number, stepId: string, answer: Answer): Promise<string> {
    const member = this.members[index];
    if (!member?.resumeToken) throw new Error(`member ${index} has not joined`);
    return this.sendAnswer(member, stepId, answer);
  }

  /** Everyone drops; each comes back with `resume` at an even spot within `spreadMs`. */
  async storm(spreadMs: number): Promise<StormReport> {
    const joined = this.members.filter((m) => m.resumeToken);
    const errors: Record<string, number> = {};
    const latencies: number[] = [];
    let identical = 0;
    const started = performance.now();
    for (const member of joined) member.socket.disconnect();
    const gap = joined.length > 1 ? spreadMs / (joined.length - 1) : 0;
    let lastResumed = started;
    await Promise.all(
      joined.map(async (member, i) => {
        await delay(started + i * gap - performance.now());
        const sentAt = performance.now();
        member.socket = this.connect(member.index);
        const reply = await member.socket.request<JoinResult>('resume', {
          resumeToken: member.resumeToken as string,
        });
        if (!reply.ok) {
          count(errors, errorCode(reply));
          return;
        }
        latencies.push(performance.now() - sentAt);
        lastResumed = Math.max(lastResumed, performance.now());
        if (member.resumeToken !== reply.resumeToken) member.resumeToken = reply.resumeToken;
        if (keptRight(reply.view.myAnswer, member)) identical++;
        else count(errors, 'ANSWER_DIFFERS');
      }),
    );
    return {
      resumed: latencies.length,
      identical,
      failed: joined.length - latencies.length,
      errors,
      latency: summarize(latencies),
      ms: lastResumed - started,
    };
  }

  /** The members who joined, for drivers that follow views (the bench); answer with answerOne. */
  joinedPhones(): { index: number; socket: ParticipantSocket }[] {
    return this.members
      .filter((m) => m.resumeToken)
      .map((m) => ({ index: m.index, socket: m.socket }));
  }

  /** Answers each member acknowledged, by index: what must survive anything. */
  acknowledged(): { index: number; resumeToken: string; answer: Answer }[] {
    return this.members.flatMap((m) =>
      m.acked && m.sent && m.resumeToken
        ? [{ index: m.index, resumeToken: m.resumeToken, answer: m.sent }]
        : [],
    );
  }

  close(): void {
    for (const member of this.members) member.socket.disconnect();
  }
}
