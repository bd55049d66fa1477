import { localizeTemplate } from '../../../shared/template/localize-template.js';
import type { Template } from '../../../shared/template/template-schema.js';
import { pdfMessages } from '../i18n/pdf-messages.js';
import { isExercise, type Step } from '../../../shared/template/step-schema.js';
import { drawExerciseForm } from '../forms/exercise-form.js';
import { formKeepHeight } from '../forms/form-height.js';
import { drawScaleReflectionGuide } from '../forms/scale-reflection-guide.js';
import { drawStepIntro } from '../forms/step-intro.js';
import { Flow } from '../layout/flow.js';
import { drawStepImage, layoutStepImage } from '../layout/step-image.js';
import { closeDocument, openDocument, type PaperSize } from '../layout/page-frame.js';
import type { PrintLayout } from '../layout/print-layout.js';
import { drawCover } from './cover.js';
import { drawCredits } from './credits.js';
import { drawSafetyPage, type SafetyContacts } from './safety-page.js';

export interface TemplateDocumentOptions {
  /** The language to print in: the workshop's texts where it has them, and the PDF's own words. */
  language?: string;
  paperSize: PaperSize;
  support: string;
  creationDate: Date;
  layout?: PrintLayout;
  contacts?: Omit<SafetyContacts, 'support'>;
  /** The picture file of an info step, when it has one that can be read. */
  stepImage?: (stepId: string) => Buffer | undefined;
}

/** The handout text of a step: psychoeducation (and its picture), a pause, or a blank form. */
export function drawHandoutStep(flow: Flow, step: Step, image?: Buffer): void {
  if (step.kind === 'info') {
    const picture = image && step.imageAlt ? layoutStepImage(flow, image, step.imageAlt) : null;
    // A step with a picture starts on a fresh page rather than leave the picture behind alone.
    const keepWith = picture ? flow.measureRichText(step.body) + picture.total : 0;
    drawStepIntro(flow, step, { keepWith });
    flow.richText(step.body);
    if (picture) drawStepImage(flow, picture);
    return;
  }
  drawStepIntro(flow, step, { keepWith: isExercise(step) ? formKeepHeight(flow, step) : 0 });
  if (step.kind === 'timer') {
    flow.muted(flow.frame.messages.t('handout.notes'));
    flow.writingLines(flow.lineCount(3));
    return;
  }
  if (isExercise(step)) {
    drawExerciseForm(flow, step);
    if (step.kind === 'scale') drawScaleReflectionGuide(flow, step);
  }
}

/** Worksheet pack: a cover, then every step so the workshop can also run on paper. */
export async function renderHandout(
  source: Template,
  options: TemplateDocumentOptions,
): Promise<Buffer> {
  const template = localizeTemplate(source, options.language);
  const language = options.language ?? template.language;
  const { t } = pdfMessages(language);
  const frame = openDocument({
    paperSize: options.paperSize,
    title: template.title,
    documentLabel: t('handout.label'),
    support: options.support,
    language,
    creationDate: options.creationDate,
    layout: options.layout,
  });
  const flow = new Flow(frame);
  drawCover(flow, template, options.support, t('handout.cover'));
  // The agreement prints once, on the cover (or opening page 2), where a participant reads it
  // before the first exercise: a step that reads it aloud is not repeated.
  const agreement = sameWords(template.agreement);
  const steps = template.steps.filter(
    (s) => !(s.kind === 'info' && sameWords(s.body) === agreement),
  );
  for (const step of steps) drawHandoutStep(flow, step, options.stepImage?.(step.id));
  drawCredits(flow, template.credits);
  drawSafetyPage(flow, { ...options.contacts, support: options.support });
  return closeDocument(frame);
}

/** Text compared by its words, so a re-wrapped or re-indented copy still counts as the same. */
function sameWords(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
