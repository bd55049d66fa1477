import { constants } from 'node:os';
import { inspect } from 'node:util';
import { consoleRequestSchemas } from '../../shared/protocol/console-events.js';
import {
  participantRequestSchemas,
  ROOM_CODE_ALPHABET,
  ROOM_CODE_LENGTH,
} from '../../shared/protocol/participant-events.js';

/**
 * What keeps a log file a counselor may send to IT free of the room (DESIGN.md §4): no
 * nickname, answer, token or room code. The host's messages are written not to contain them;
 * this is the safety net for what slips through (an error message quoting input, a URL with a
 * token, a stack trace).
 */

const SECRET = '[secret]';
const ROOM_CODE = '[room code]';
const TEXT = '[text]';

/** Query parameters and fragments that carry a capability. */
const SECRET_PARAMS = /([?&#](?:token|code|key|resume|resumeToken|projector)=)[^&\s#"'<>]*/gi;
/** `#…` on an http(s) link carries the host key's fingerprint (DESIGN.md §2). */
const URL_FRAGMENT = /(https?:\/\/[^\s"'<>#]+)#[^\s"'<>]*/gi;
/** Fields that hold what a person typed, in JSON or in `key: value` form. */
const PERSONAL_FIELDS =
  /(["']?\b(?:nickname|name|answer|answers|text|value|values|words|word|share|comment|note|roomCode|token|resumeToken)\b["']?\s*[:=]\s*)("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\[[^\]]*\]|\{(?:[^{}]|\{[^{}]*\})*\}|[^\s,;}]+)/gi;
const ROOM_CODE_PHRASE = /(\broom code\s*:?\s*)[A-Za-z0-9]+/gi;
const escapedAlphabet = ROOM_CODE_ALPHABET.replace(/[-\\\]^]/g, '\\$&');
const ROOM_CODE_WORD = new RegExp(`\\b[${escapedAlphabet}]{${ROOM_CODE_LENGTH}}\\b`, 'g');
/** Quoted text: kept only when it is one of the protocol's own event names or a JSON key. */
const QUOTED = /"([^"\n]{0,400})"|“([^”\n]{0,400})”|‘([^’\n]{0,400})’/g;
const PLACEHOLDERS: ReadonlySet<string> = new Set([SECRET, ROOM_CODE, TEXT]);

const KNOWN_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(constants.errno),
  ...Object.keys(constants.signals),
]);
const KNOWN_QUOTED: ReadonlySet<string> = new Set([
  ...Object.keys(consoleRequestSchemas),
  ...Object.keys(participantRequestSchemas),
]);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `{"key": …` or `, "key": …`: a field name, not something a person typed. */
function isJsonKey(text: string, at: number, length: number, inner: string): boolean {
  return (
    /^[A-Za-z_][\w-]{0,40}$/.test(inner) &&
    /[{,]\s*$/.test(text.slice(Math.max(0, at - 20), at)) &&
    /^\s*:/.test(text.slice(at + length, at + length + 20))
  );
}

/** Removes tokens, room codes and personal text from one line of log text. */
export function redactLogText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 6) out = out.replace(new RegExp(escapeRegExp(secret), 'g'), SECRET);
  }
  out = out
    .replace(URL_FRAGMENT, `$1#${SECRET}`)
    .replace(SECRET_PARAMS, `$1${SECRET}`)
    .replace(PERSONAL_FIELDS, (whole, key: string, value: string) =>
      PLACEHOLDERS.has(value) ? whole : `${key}${TEXT}`,
    )
    .replace(ROOM_CODE_PHRASE, `$1${ROOM_CODE}`)
    .replace(ROOM_CODE_WORD, (word) => (KNOWN_WORDS.has(word) ? word : ROOM_CODE));
  return out.replace(
    QUOTED,
    (whole, a: string | undefined, b: string | undefined, c: string | undefined, at: number) => {
      const inner = a ?? b ?? c ?? '';
      if (KNOWN_QUOTED.has(inner) || PLACEHOLDERS.has(inner)) return whole;
      return isJsonKey(out, at, whole.length, inner) ? whole : `"${TEXT}"`;
    },
  );
}

/** Any value a log call received, as redacted text (errors keep their redacted stack). */
export function redactLogValue(value: unknown, secrets: readonly string[] = []): string {
  if (typeof value === 'string') return redactLogText(value, secrets);
  if (value instanceof Error) return redactLogText(value.stack ?? value.message, secrets);
  return redactLogText(inspect(value, { depth: 4, breakLength: Infinity }), secrets);
}
