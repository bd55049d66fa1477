import type { PdfMessages } from '../i18n/pdf-messages.js';
import type { Flow } from '../layout/flow.js';

/** What the counselor entered for the room that belongs on the participant's safety page. */
export interface SafetyContacts {
  /** The support text shown on every phone (crisis line, counselor). */
  support: string;
  /** A crisis line, on its own, when the counselor gave one. */
  crisisLine?: string | undefined;
  /** A service for people who are afraid of someone at home. */
  abuseHelpline?: string | undefined;
  /** How participants reach the counselor after the session. */
  counselorContact?: string | undefined;
}

interface SafetyField {
  label: string;
  hint?: string;
  /** Pre-filled from the room's settings; blank lines when the counselor gave nothing. */
  value?: string | undefined;
  lines: number;
}

function fields(contacts: SafetyContacts, { t }: PdfMessages): SafetyField[] {
  return [
    {
      label: t('safety.crisisLine'),
      hint: t('safety.crisisHint'),
      value: contacts.crisisLine,
      lines: 1,
    },
    {
      label: t('safety.abuseService'),
      value: contacts.abuseHelpline,
      lines: 1,
    },
    {
      label: t('safety.trustedPerson'),
      lines: 2,
    },
    {
      label: t('safety.unsafePlan'),
      hint: t('safety.unsafeHint'),
      lines: 3,
    },
    {
      label: t('safety.counselor'),
      value: contacts.counselorContact,
      lines: 1,
    },
  ];
}

function fieldHeight(flow: Flow, field: SafetyField): number {
  const label = flow.measure(field.label, { bold: true }) + 2;
  const hint = field.hint ? flow.measure(field.hint, { size: 11 }) + 4 : 0;
  const body = field.value
    ? flow.measure(field.value) + 10
    : flow.lineCount(field.lines) * flow.lineSpacing + 6;
  return label + hint + body + 6;
}

/** The page's height, so it can stay whole on a page of its own. */
function pageHeight(flow: Flow, contacts: SafetyContacts): number {
  const { messages } = flow.frame;
  return (
    flow.measure(messages.t('safety.title'), { size: 15, bold: true }) +
    flow.measure(messages.t('safety.intro')) +
    flow.noteBoxHeight(messages.t('safety.support'), contacts.support) +
    fields(contacts, messages).reduce((sum, field) => sum + fieldHeight(flow, field), 0) +
    40
  );
}

/**
 * The last page of every handout and takeaway (issue 20): where care becomes concrete. The
 * participant fills it in by hand; what the counselor entered for the room is printed in place,
 * and anything not given is left as blank lines.
 */
export function drawSafetyPage(flow: Flow, contacts: SafetyContacts): void {
  // A page of its own, to take out and keep; it stays whole unless the text is very large.
  if (flow.y > flow.frame.top + 1) flow.newPage();
  const whole = pageHeight(flow, contacts) <= flow.remaining;
  const { messages } = flow.frame;
  flow.frame.tags.within('Sect', () => {
    flow.text(messages.t('safety.title'), { size: 15, bold: true, gapAfter: 6, role: 'H2' });
    flow.text(messages.t('safety.intro'), { gapAfter: 8 });
    flow.noteBox(messages.t('safety.support'), contacts.support);
    flow.frame.tags.within('Form', () => {
      for (const field of fields(contacts, messages)) {
        if (!whole) flow.ensure(fieldHeight(flow, field));
        flow.text(field.label, { bold: true, gapAfter: 2 });
        if (field.hint) flow.muted(field.hint);
        const value = field.value?.trim();
        if (value) flow.text(value, { indent: 12, gapAfter: 10 });
        else flow.writingLines(flow.lineCount(field.lines));
        flow.space(6);
      }
    });
  });
}
