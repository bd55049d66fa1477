import type { NetworkAdvice } from '../../shared/protocol/network-advice.js';
import { t } from '../console-and-projector/i18n/translate.js';

const ADVICE_KEYS = {
  noAddress: 'network.advice.noAddress',
  unreachable: 'network.advice.unreachable',
  virtualOnly: 'network.advice.virtualOnly',
  guestWifi: 'network.advice.guestWifi',
  testPage: 'network.advice.testPage',
  joinLoopback: 'network.advice.joinLoopback',
  joinUnanswered: 'network.advice.joinUnanswered',
  windowsBlocked: 'network.advice.windowsBlocked',
  windowsPublic: 'network.advice.windowsPublic',
  macBlocked: 'network.advice.macBlocked',
  macBlockAll: 'network.advice.macBlockAll',
} as const satisfies Record<NetworkAdvice['code'], string>;

/** The host's advice, a code with its values, in the counselor's language. */
export function adviceText({ code, ...values }: NetworkAdvice): string {
  return t(ADVICE_KEYS[code], values);
}
