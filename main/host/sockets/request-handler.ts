import type { z } from 'zod';
import { fail, type Reply } from '../../../shared/protocol/errors.js';
import type {
  ReplyTable,
  RequestHandlers,
  RequestSchemas,
} from '../../../shared/protocol/request-events.js';
import type { Logger } from '../logger.js';
import type { RequestGate } from './request-gate.js';

/** Where requests come from: a socket, or a sealed peer handing over opened requests. */
export interface AnyRequestSource {
  onAny(listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export interface RequestLimits {
  gate: RequestGate;
  /** Larger payloads (as JSON characters) are refused before validation. */
  maxPayloadChars: number;
}

/** One shared object: the refusal path allocates nothing and logs nothing. */
const TOO_MANY_REQUESTS = fail(
  'RATE_LIMITED',
  'Too many requests at once. Wait a moment and try again.',
);

const UNKNOWN_NAME_MAX = 40;

/** zod issues as one plain sentence a person can act on. */
export function plainZodMessage(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'the request';
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more problems)` : '';
  return `That request was not understood. ${parts.join('; ')}${more}.`;
}

function payloadChars(payload: unknown): number {
  try {
    return JSON.stringify(payload ?? null).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Calls a client's ack; a broken one must not take the host down. */
function answer(ack: unknown, value: Reply<object>, event: string, log: Logger): void {
  if (typeof ack !== 'function') return;
  try {
    (ack as (value: Reply<object>) => void)(value);
  } catch (error) {
    log.warn(`Could not answer "${event}": ${(error as Error).message}`);
  }
}

/** A handler table called as methods (`handlers[name](payload)`): a class instance works too. */
type AnyHandlers = Record<string, (payload: unknown) => Promise<Reply<object>> | Reply<object>>;

/**
 * Handles one request. Whatever a client sends, this never throws: a missing or broken ack
 * callback is tolerated, a bad payload answers BAD_REQUEST, an over-eager client RATE_LIMITED
 * (and, if it keeps on, loses the connection), and a failing handler INTERNAL (logged).
 */
function handleRequest(
  event: string,
  args: unknown[],
  schema: z.ZodType,
  handlers: AnyHandlers,
  limits: RequestLimits,
  log: Logger,
): void {
  const { gate } = limits;
  if (!gate.open) return;
  let payload = args[0];
  let ack = args[args.length - 1];
  if (args.length < 2 || typeof ack !== 'function') ack = undefined;
  if (args.length === 1 && typeof payload === 'function') {
    ack = payload;
    payload = undefined;
  }
  if (!gate.admit()) {
    answer(ack, TOO_MANY_REQUESTS, event, log);
    gate.refused();
    return;
  }
  const reply = (value: Reply<object>) => {
    if (!gate.open) return;
    answer(ack, value, event, log);
    if (!value.ok && value.error.code === 'RATE_LIMITED') gate.refused();
  };
  if (payloadChars(payload) > limits.maxPayloadChars) {
    reply(fail('PAYLOAD_TOO_LARGE', 'That request is too large.'));
    return;
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    reply(fail('BAD_REQUEST', plainZodMessage(parsed.error)));
    return;
  }
  let result: Promise<Reply<object>>;
  try {
    result = Promise.resolve(handlers[event]!(parsed.data));
  } catch (error) {
    result = Promise.reject(error);
  }
  result.then(reply, (error: unknown) => {
    log.error(
      `Handling "${event}" failed: ${error instanceof Error ? error.stack : String(error)}`,
    );
    reply(fail('INTERNAL', 'Something went wrong on the laptop. Please try again.'));
  });
}

/**
 * Answers a request the table does not name with BAD_REQUEST when it carries an ack, so a client
 * never waits for a reply that cannot come; one without an ack is ignored.
 */
function answerUnknown(event: unknown, args: unknown[], gate: RequestGate, log: Logger): void {
  const ack = args[args.length - 1];
  if (typeof ack !== 'function' || !gate.open) return;
  const name = String(event).slice(0, UNKNOWN_NAME_MAX);
  if (!gate.admit()) {
    answer(ack, TOO_MANY_REQUESTS, name, log);
    gate.refused();
    return;
  }
  answer(ack, fail('BAD_REQUEST', `Unknown request "${name}".`), name, log);
}

/**
 * A door's whole request table: each schema's request goes to its handler, validated first, and
 * any other request is answered BAD_REQUEST. Both doors serve their requests through this. One
 * listener per connection: with thousands of phones, a listener per request name (and its
 * closure) on every connection adds up (issue 17).
 */
export function serveRequests<S extends RequestSchemas, R extends ReplyTable<S>>(
  source: AnyRequestSource,
  schemas: S,
  handlers: RequestHandlers<S, R>,
  limits: RequestLimits,
  log: Logger,
): void {
  const table = handlers as unknown as AnyHandlers;
  source.onAny((event: unknown, ...args: unknown[]) => {
    if (typeof event === 'string' && Object.hasOwn(schemas, event)) {
      handleRequest(event, args, schemas[event]!, table, limits, log);
    } else {
      answerUnknown(event, args, limits.gate, log);
    }
  });
}
