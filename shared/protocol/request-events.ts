import type { z } from 'zod';
import type { Reply } from './errors.js';

/** A door's requests: each name's payload schema (validated by the host before any handler). */
export type RequestSchemas = Readonly<Record<string, z.ZodType>>;

/** What each request's successful Reply carries besides `ok`. */
export type ReplyTable<S extends RequestSchemas> = { readonly [N in keyof S]: object };

/**
 * socket.io's event map for a request table, derived from the schemas so no second set of types
 * is written: the payload as its schema accepts it, and the Reply the ack brings back.
 */
export type RequestEvents<S extends RequestSchemas, R extends ReplyTable<S>> = {
  [N in keyof S]: (payload: z.input<S[N]>, ack: (reply: Reply<R[N]>) => void) => void;
};

/** The host's side of a request table: each validated payload (schema output) to its Reply. */
export type RequestHandlers<S extends RequestSchemas, R extends ReplyTable<S>> = {
  [N in keyof S]: (payload: z.output<S[N]>) => Promise<Reply<R[N]>> | Reply<R[N]>;
};
