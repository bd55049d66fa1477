/**
 * The host's network advice reaches the console as codes with values (never host-made
 * sentences), and the console words each one in the counselor's language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { networkAdvice, joinAddressProblem } from '../../main/host/network/network-check.js';
import { parseWindowsFirewall } from '../../main/host/network/firewall-check.js';
import { activateRoomCatalog } from '../../renderer/console-and-projector/i18n/translate.js';
import { en } from '../../renderer/console-and-projector/i18n/catalogs/en.js';
import { es } from '../../renderer/console-and-projector/i18n/catalogs/es.js';
import { adviceText } from '../../renderer/console/network-advice-text.js';
import type { NetworkAdvice } from '../../shared/protocol/network-advice.js';

const wifi = [
  { name: 'wlan0', address: '192.168.1.7', kind: 'wifi' as const, scope: 'private' as const },
];

/** What the console receives: the advice after a trip through JSON, as over the socket. */
function overTheWire(): NetworkAdvice[] {
  const wall = parseWindowsFirewall('allow=\nblock=Private,Public\nnetworks=Private');
  if (wall.state !== 'blocked') throw new Error('expected a blocked firewall');
  const advice = [
    wall.advice,
    joinAddressProblem('192.168.1.7', { '192.168.1.7': false })!,
    ...networkAdvice(wifi, { '192.168.1.7': false }, 8080),
  ];
  return JSON.parse(JSON.stringify(advice)) as NetworkAdvice[];
}

describe('network advice in the counselor’s language', () => {
  afterEach(() => activateRoomCatalog('en', en));

  it('arrives as codes with values, with no sentence from the host', () => {
    const advice = overTheWire();
    expect(advice.map((a) => a.code)).toEqual([
      'windowsBlocked',
      'joinUnanswered',
      'unreachable',
      'guestWifi',
      'testPage',
    ]);
    for (const item of advice) {
      for (const value of Object.values(item)) expect(String(value)).not.toMatch(/ the /);
    }
  });

  it('reads in Spanish once the counselor picks Spanish, with the host’s values in place', () => {
    activateRoomCatalog('es', es);
    const text = overTheWire().map(adviceText);
    expect(text[0]).toMatch(/^El Firewall de Windows Defender bloquea Circlework/);
    expect(text[1]).toContain('Se indica a los teléfonos que abran 192.168.1.7');
    expect(text[2]).toContain('el puerto 8080');
    expect(text[4]).toContain(':8080/');
    expect(text.join(' ')).not.toMatch(/firewall may|Phones are told|Guest Wi-Fi/);
    activateRoomCatalog('en', en);
    expect(overTheWire().map(adviceText)[2]).toContain('Your firewall may be blocking port 8080');
  });
});
