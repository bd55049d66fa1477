import { useCallback, useEffect, useState } from 'react';
import type { NetworkCheck } from '../../shared/protocol/console-events.js';
import { QrCode } from '../console-and-projector/qr-code.js';
import { NetworkAddresses } from './network-addresses.js';
import { adviceText } from './network-advice-text.js';
import type { ConsoleApi } from './use-console.js';
import { t } from '../console-and-projector/i18n/translate.js';
import './network-panel.css';

/** The fixes a counselor can do themselves, in the order that usually works. */
function generalFixes(): string[] {
  return [t('network.fixSameWifi'), t('network.fixFirewall'), t('network.fixHotspot')];
}

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
        <h2 id="net-title">{t('network.title')}</h2>
        <button type="button" className="btn btn-quiet" disabled={busy} onClick={() => void run()}>
          {busy ? t('network.checking') : t('network.checkAgain')}
        </button>
      </div>
      {!check ? (
        <p className="muted">{t('network.checkingNetwork')}</p>
      ) : (
        <>
          <p
            className={`net-verdict ${joinAnswers ? 'good' : 'bad'}`}
            role="status"
            data-testid="net-verdict"
          >
            {check.interfaces.length === 0 || loopback
              ? t('network.noNetwork')
              : t(joinAnswers ? 'network.answering' : 'network.notAnswering', {
                  address: `${joinAddress}:${check.port}`,
                })}
          </p>
          <NetworkAddresses check={check} joinAddress={joinAddress} onSelect={onSelect} />
          {check.advice.length > 0 && (
            <ul className="advice">
              {check.advice.map((a) => (
                <li key={a.code}>{adviceText(a)}</li>
              ))}
            </ul>
          )}
          {testUrl && <PhoneTest testUrl={testUrl} />}
          <p className="muted net-privacy" data-testid="net-privacy">
            {t('network.privacy')}
          </p>
          {!compact && (
            <details className="fixes" open={!joinAnswers}>
              <summary>{t('network.fixesTitle')}</summary>
              <ol>
                {generalFixes().map((fix) => (
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
      <QrCode value={testUrl} label={t('network.testQr')} className="qr-small" />
      <div>
        <p>
          <strong>{t('network.testTitle')}</strong> {t('network.testBody')}
        </p>
        <p>
          <code className="join-address">{testUrl}</code>
        </p>
        <p className="muted">{t('network.testConnected')}</p>
      </div>
    </div>
  );
}
