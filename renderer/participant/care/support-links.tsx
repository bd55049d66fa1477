import { relabelAbuseHelpline } from '../../../shared/session/support-text.js';
import { strings } from '../strings.js';
import type { ReactNode } from 'react';

// Phone numbers (at least 3 digits, spaces/dashes/brackets allowed), and https links.
const CONTACT = /(https:\/\/[^\s<>"]+[^\s<>".,;:!?)]|\+?\d[\d\s().-]{1,}\d)/g;

/** Digits (and a leading +) of a written phone number, for tel:/sms: links. */
function dialable(text: string): string {
  return text.replace(/[^\d+]/g, '');
}

/**
 * The counselor's support text with phone numbers and https links tappable. Built from React
 * text nodes only, so nothing in the text is ever treated as HTML. The helpline line the host adds
 * is labelled in the phone's language.
 */
export function SupportText({ text: support }: { text: string }): ReactNode[] {
  const text = relabelAbuseHelpline(support, strings.care.abuseHelpline);
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(CONTACT)) {
    const found = match[0];
    const at = match.index;
    if (at > last) parts.push(text.slice(last, at));
    if (found.startsWith('https://')) {
      parts.push(
        <a key={at} href={found} target="_blank" rel="noreferrer noopener">
          {found}
        </a>,
      );
    } else if (dialable(found).replace('+', '').length >= 3) {
      const number = dialable(found);
      parts.push(
        <span key={at} className="support-number">
          <a href={`tel:${number}`}>{found}</a> (
          <a href={`sms:${number}`}>{strings.care.textMessage}</a>)
        </span>,
      );
    } else {
      parts.push(found);
    }
    last = at + found.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
