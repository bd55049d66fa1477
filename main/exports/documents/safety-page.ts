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

const TITLE = 'My safety and support page';
const INTRO =
  'Fill this in for yourself, in your own time. Keep it where you can reach it, and somewhere ' +
  'safe: if someone at home checks your phone or bag, write only what would be safe for them ' +
  'to see, or keep it in your head.';

function fields(contacts: SafetyContacts): SafetyField[] {
  return [
    {
      label: 'A crisis line I can call',
      hint: 'If you are in danger right now, call your local emergency number.',
      value: contacts.crisisLine,
      lines: 1,
    },
    {
      label: 'A service for people who are afraid of someone at home',
      value: contacts.abuseHelpline,
      lines: 1,
    },
    {
      label: 'A person I trust, and how I reach them',
      lines: 2,
    },
    {
      label: 'What I’ll do if I feel unsafe',
      hint: 'For example: a place I can go, someone I can call, a word that tells a friend I need help.',
      lines: 3,
    },
    {
      label: 'My counselor’s contacts',
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
  return (
    flow.measure(TITLE, { size: 15, bold: true }) +
    flow.measure(INTRO) +
    flow.noteBoxHeight('Support for this group', contacts.support) +
    fields(contacts).reduce((sum, field) => sum + fieldHeight(flow, field), 0) +
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
  flow.frame.tags.within('Sect', () => {
    flow.text(TITLE, { size: 15, bold: true, gapAfter: 6, role: 'H2' });
    flow.text(INTRO, { gapAfter: 8 });
    flow.noteBox('Support for this group', contacts.support);
    flow.frame.tags.within('Form', () => {
      for (const field of fields(contacts)) {
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
