import type { PublicStepOf } from '../../common/public-step-types.js';
import { InfoText } from '../../common/info-text.js';
import { participantImageSrc, StepImage } from '../../common/step-image.js';
import './info-step-view.css';

/** Psychoeducation text as paragraphs and real lists (never raw "- "); then its picture. */
export function InfoStepView({ step }: { step: PublicStepOf<'info'> }) {
  return (
    <div className="prose">
      <InfoText body={step.body} className="info-text" />
      {step.image !== undefined && (
        <StepImage
          key={step.id}
          className="info-image"
          src={participantImageSrc(step.id)}
          alt={step.imageAlt ?? ''}
        />
      )}
    </div>
  );
}
