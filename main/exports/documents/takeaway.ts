import type { SessionState } from '../../../shared/session/session-types.js';
import { gateAggregate } from '../../../shared/privacy/privacy-gate.js';
import { isExercise, type ExerciseStep } from '../../../shared/template/step-schema.js';
import type { Answer } from '../../../shared/session/answer-schema.js';
import { localizeTemplate } from '../../../shared/template/localize-template.js';
import { pdfMessages } from '../i18n/pdf-messages.js';
import { drawExerciseForm } from '../forms/exercise-form.js';
import { formKeepHeight } from '../forms/form-height.js';
import { drawStepIntro } from '../forms/step-intro.js';
import { Flow } from '../layout/flow.js';
import {
  closeDocument,
  monthAndYear,
  monthOnly,
  MUTED,
  openDocument,
  type PaperSize,
} from '../layout/page-frame.js';
import type { PrintLayout } from '../layout/print-layout.js';
import { drawAggregate } from '../results/draw-aggregate.js';
import { firstBlockHeight } from '../results/first-block-height.js';
import { drawOwnScaleLean } from '../results/own-scale-lean.js';
import { drawCredits } from './credits.js';
import { drawSafetyPage, type SafetyContacts } from './safety-page.js';

export interface TakeawayOptions {
  paperSize: PaperSize;
  support: string;
  layout?: PrintLayout;
  contacts?: Omit<SafetyContacts, 'support'>;
  /**
   * False for the copy without the person's own answers, for someone whose phone or bag may be
   * checked at home (issue 21). Default true.
   */
  ownAnswers?: boolean;
  /** The phone's language: the workshop's texts where it has them, and the PDF's own words. */
  language?: string;
}

export class UnknownParticipantError extends Error {}

function drawOwnAnswer(flow: Flow, step: ExerciseStep, answer: Answer | undefined): void {
  const { t } = flow.frame.messages;
  flow.ensure(60);
  flow.text(t('takeaway.yourAnswer'), { bold: true, size: 13, gapAfter: 4, role: 'H3' });
  if (!answer) {
    flow.muted(t('takeaway.notAnswered'));
    return;
  }
  if (answer.kind === 'pass') {
    flow.muted(t('takeaway.passed'));
    return;
  }
  drawExerciseForm(flow, step, answer);
  if (step.kind === 'scale' && answer.kind === 'scale') drawOwnScaleLean(flow, step, answer);
}

function drawGroup(flow: Flow, session: SessionState, step: ExerciseStep): void {
  const { t } = flow.frame.messages;
  if (step.kind === 'worksheet') {
    flow.muted(t('takeaway.worksheetPrivate'));
    return;
  }
  // The takeaway leaves the room on a personal phone: the room's results follow the export
  // rule (DESIGN.md §4.5, §4.8), never the live room's finer view.
  const gated = gateAggregate(step, session, 'takeaway');
  flow.ensure(flow.size(24 + (gated ? firstBlockHeight(gated.aggregate) : 30)));
  flow.text(t('takeaway.group'), { bold: true, size: 13, gapAfter: 4, role: 'H3' });
  if (!gated) {
    flow.muted(t('takeaway.notShown'));
    return;
  }
  drawAggregate(flow, step, gated.aggregate, 'export');
  if (gated.smallCellMethod && gated.aggregate.kind !== 'suppressed') {
    flow.muted(t('takeaway.smallNumbers', { method: gated.smallCellMethod }), 10);
  }
}

/**
 * One participant's own record: their answers (worksheets included), their private scale
 * reflection, what the room was shown, and the handout text. Generated on request, never
 * stored; it carries no nickname (DESIGN.md §4.2).
 */
export async function renderTakeaway(
  session: SessionState,
  participantId: string,
  options: TakeawayOptions,
): Promise<Buffer> {
  const participant = session.participants[participantId];
  if (!participant || participant.removed) throw new UnknownParticipantError('unknown participant');
  const template = localizeTemplate(session.template, options.language);
  const language = options.language ?? template.language;
  const { t } = pdfMessages(language);
  const frame = openDocument({
    paperSize: options.paperSize,
    title: template.title,
    documentLabel: t('takeaway.label'),
    support: options.support,
    language,
    creationDate: monthOnly(session.createdAt),
    layout: options.layout,
  });
  const flow = new Flow(frame);
  flow.text(t('takeaway.label').toUpperCase(), { size: 10, color: MUTED, gapAfter: 4 });
  flow.text(template.title, { size: 24, bold: true, gapAfter: 6, role: 'H1' });
  flow.text(monthAndYear(session.createdAt, language), { size: 13, gapAfter: 10 });
  flow.text(template.summary, { gapAfter: 10 });
  const ownAnswers = options.ownAnswers !== false;
  flow.noteBox(
    t('takeaway.yoursTitle'),
    t(ownAnswers ? 'takeaway.yoursWithAnswers' : 'takeaway.yoursWithoutAnswers'),
  );
  flow.noteBox(t('takeaway.reflectionTitle'), t('takeaway.reflectionBody'));
  flow.noteBox(t('takeaway.support'), options.support);

  for (const step of template.steps) {
    drawStepIntro(flow, step, {
      minutes: false,
      // "Your answer" heading above the form.
      keepWith: isExercise(step) ? formKeepHeight(flow, step) + 24 : 0,
    });
    if (step.kind === 'info') flow.richText(step.body);
    if (!isExercise(step)) continue;
    if (ownAnswers) drawOwnAnswer(flow, step, participant.answers[step.id]?.answer);
    drawGroup(flow, session, step);
  }
  drawCredits(flow, template.credits);
  drawSafetyPage(flow, { ...options.contacts, support: options.support });
  return closeDocument(frame);
}
