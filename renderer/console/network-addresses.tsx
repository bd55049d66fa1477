import type { NetworkCheck } from '../../shared/protocol/console-events.js';
import type { NetworkInterfaceInfo } from '../../shared/protocol/views.js';
import { t } from '../console-and-projector/i18n/translate.js';

function kindLabel(kind: NetworkInterfaceInfo['kind']): string {
  const labels: Record<NetworkInterfaceInfo['kind'], string> = {
    wifi: t('network.kind.wifi'),
    ethernet: t('network.kind.ethernet'),
    hotspot: t('network.kind.hotspot'),
    virtual: t('network.kind.virtual'),
    other: t('network.kind.other'),
  };
  return labels[kind];
}

interface Props {
  check: NetworkCheck;
  joinAddress: string | undefined;
  /** Without it the list only shows; with it each address can be picked for the join QR. */
  onSelect?(address: string): void;
}

/** This laptop's addresses, whether the app answers on each, and which one phones are told. */
export function NetworkAddresses({ check, joinAddress, onSelect }: Props) {
  return (
    <ul className="iface-list">
      {check.interfaces.map((iface) => (
        <li key={iface.address} className="iface">
          <label className="iface-choice">
            {onSelect && (
              <input
                type="radio"
                name="join-address"
                value={iface.address}
                checked={joinAddress === iface.address}
                onChange={() => onSelect(iface.address)}
              />
            )}
            <span>
              <strong>{kindLabel(iface.kind)}</strong>{' '}
              <span className="muted">
                {iface.name}
                {iface.scope === 'public' ? ` · ${t('network.publicAddress')}` : ''}
              </span>
              <br />
              <code>
                {iface.address}:{check.port}
              </code>
            </span>
          </label>
          <span className={`pill ${check.reachable[iface.address] ? 'pill-good' : 'pill-bad'}`}>
            {check.reachable[iface.address] ? t('network.pillAnswering') : t('network.pillSilent')}
          </span>
        </li>
      ))}
    </ul>
  );
}
