/**
 * The few globals that both of shared/'s runtimes (Node and the browsers) provide, declared here
 * because shared/ is checked with neither Node's nor the DOM's types (DESIGN.md §2).
 */
declare function structuredClone<T>(value: T): T;

/** WHATWG encoding: the sealed channel turns text into bytes and back. */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
