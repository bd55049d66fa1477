import type { Socket } from 'socket.io';
import type { z } from 'zod';
import { fail, type Reply } from '../../../shared/protocol/errors.js';
import type { Logger } from '../logger.js';
import type { TokenBucket } from './token-bucket.js';

export interface RequestLimits {
  bucket: TokenBucket;
  /** Larger payloads (as JSON characters) are refused before validation. */
  maxPayloadChars: number;
}

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

/**
 * Registers one request event. Whatever a client sends, this never throws: a missing or broken
 * ack callback is tolerated, a bad payload answers BAD_REQUEST, an over-eager client RATE_LIMITED,
 * and a failing handler INTERNAL (logged).
 */
export function onRequest<S extends z.ZodType, R extends object>(
  socket: Socket,
  event: string,
  schema: S,
  limits: RequestLimits,
  log: Logger,
  handle: (payload: z.infer<S>) => Promise<Reply<R>> | Reply<R>,
): void {
  socket.on(event, (...args: unknown[]) => {
    let payload = args[0];
    let ack = args[args.length - 1];
    if (args.length < 2 || typeof ack !== 'function') ack = undefined;
    if (args.length === 1 && typeof payload === 'function') {
      ack = payload;
      payload = undefined;
    }
    const reply = (value: Reply<R>) => {
      if (typeof ack !== 'function') return;
      try {
        (ack as (value: Reply<R>) => void)(value);
      } catch (error) {
        log.warn(`Could not answer "${event}": ${(error as Error).message}`);
      }
    };
    if (!limits.bucket.take()) {
      reply(fail('RATE_LIMITED', 'Too many requests at once. Wait a moment and try again.'));
      return;
    }
    if (payloadChars(payload) > limits.maxPayloadChars) {
      reply(fail('PAYLOAD_TOO_LARGE', 'That request is too large.'));
      return;
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      reply(fail('BAD_REQUEST', plainZodMessage(parsed.error)));
      return;
    }
    let result: Promise<Reply<R>>;
    try {
      result = Promise.resolve(handle(parsed.data));
    } catch (error) {
      result = Promise.reject(error);
    }
    result.then(reply, (error: unknown) => {
      log.error(
        `Handling "${event}" failed: ${error instanceof Error ? error.stack : String(error)}`,
      );
      reply(fail('INTERNAL', 'Something went wrong on the laptop. Please try again.'));
    });
  });
}
