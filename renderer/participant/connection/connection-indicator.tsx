import { strings } from '../strings.js';
import { useConnectionSnapshot } from './use-connection.js';
import './connection-indicator.css';

/** A small dot that only speaks up (text) when the link is not fine. */
export function ConnectionIndicator() {
  const { link } = useConnectionSnapshot();
  const label = strings.connection[link];
  return (
    <span className={`link link--${link}`} role="status" title={label}>
      <span className="link-dot" aria-hidden="true" />
      <span className={link === 'online' ? 'visually-hidden' : 'link-text'}>{label}</span>
    </span>
  );
}
