import { useCallback, useEffect, useState } from 'react';
import type { NetworkCheck } from '../../shared/protocol/console-events.js';
import { QrCode } from '../console-and-projector/qr-code.js';
import { NetworkAddresses } from './network-addresses.js';
import type { ConsoleApi } from './use-console.js';
import './network-panel.css';

/** The fixes a counselor can do themselves, in the order that usually works. */
const GENERAL_FIXES = [
  'Phones must be on the same Wi-Fi as this laptop. Guest networks often keep devices apart (client isolation): then no phone can reach the laptop.',
  'If your computer asks whether to allow Circlework on the network, choose “Allow” for private networks. Otherwise allow it in the firewall settings.',
  'No luck with the room Wi-Fi? Turn on this laptop’s own hotspot (mobile hotspot / internet sharing) and let phones join that network.',
];

interface Props {
  api: ConsoleApi;
  /** The address the join QR uses; choosing one saves it in the settings. */
  selected?: string;
  onSelect?(address: string): void;
  compact?: boolean;
}

/** Whether a phone can reach this laptop, in plain words, and what to do when it cannot. */
export function NetworkPanel({ api, selected, onSelect, compact }: Props) {
  const { call, connection } = api;
  const [check, setCheck] = useState<NetworkCheck | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    () =>
      call('network:check', {}).then((reply) => {
        if (reply.ok) setCheck(reply);
        setBusy(false);
      }),
    [call],
  );
  const run = () => {
    setBusy(true);
    void load();
  };

  useEffect(() => {
    if (connection === 'online') void load();
  }, [connection, load]);

  // The address phones are told to open: the counselor's pick while it exists, else the host's.
  const joinAddress =
    selected && check?.interfaces.some((i) => i.address === selected)
      ? selected
      : check?.joinAddress;
  const testUrl =
    check && joinAddress ? `http://${joinAddress}:${check.port}${check.testPath}` : null;
  const joinAnswers = check && joinAddress ? check.reachable[joinAddress] === true : false;
  const loopback = joinAddress?.startsWith('127.') ?? false;

  return (
    <section
      className={`card network ${compact ? 'network-compact' : ''}`}
      aria-labelledby="net-title"
    >
      <div className="network-head">
        <h2 id="net-title">Can phones reach this laptop?</h2>
        <button type="button" className="btn btn-quiet" disabled={busy} onClick={() => void run()}>
          {busy ? 'Checking…' : 'Check again'}
        </button>
      </div>
      {!check ? (
        <p className="muted">Checking the network…</p>
      ) : (
        <>
          <p
            className={`net-verdict ${joinAnswers ? 'good' : 'bad'}`}
            role="status"
            data-testid="net-verdict"
          >
            {check.interfaces.length === 0 || loopback
              ? 'This laptop is not connected to any network, so phones have no address to open. Join the room’s Wi-Fi or start its hotspot, then check again.'
              : joinAnswers
                ? `Phones are told to open ${joinAddress}:${check.port}, and the app answers there. Confirm with one phone using the test page below.`
                : `Phones are told to open ${joinAddress}:${check.port}, but the app did not answer there. Pick another address below or see the fixes.`}
          </p>
          <NetworkAddresses check={check} joinAddress={joinAddress} onSelect={onSelect} />
          {check.advice.length > 0 && (
            <ul className="advice">
              {check.advice.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          )}
          {testUrl && <PhoneTest testUrl={testUrl} />}
          <p className="muted net-privacy" data-testid="net-privacy">
            What phones and this laptop say to each other is encrypted: someone who only listens on
            the Wi-Fi cannot read answers, names or takeaways. It does not protect against someone
            who can change the page this laptop sends to phones, so prefer a Wi-Fi you trust or this
            laptop’s own hotspot.
          </p>
          {!compact && (
            <details className="fixes" open={!joinAnswers}>
              <summary>If phones cannot connect</summary>
              <ol>
                {GENERAL_FIXES.map((fix) => (
                  <li key={fix}>{fix}</li>
                ))}
              </ol>
            </details>
          )}
        </>
      )}
    </section>
  );
}

/** A code and an address to try from one phone before the room joins. */
function PhoneTest({ testUrl }: { testUrl: string }) {
  return (
    <div className="net-test">
      <QrCode value={testUrl} label="QR code of the phone test page" className="qr-small" />
      <div>
        <p>
          <strong>Test with a phone:</strong> on the same Wi-Fi, scan this code or open
        </p>
        <p>
          <code className="join-address">{testUrl}</code>
        </p>
        <p className="muted">If the page says “Connected”, phones can join.</p>
      </div>
    </div>
  );
}
