import type { PublicStepOf } from '../../common/public-step-types.js';
import { participantImageSrc, StepImage } from '../../common/step-image.js';

/** Psychoeducation text; blank lines in the template become paragraphs; then its picture. */
export function InfoStepView({ step }: { step: PublicStepOf<'info'> }) {
  return (
    <div className="prose">
      {step.body.split(/\n\s*\n/).map((paragraph, i) => (
        <p key={i} className="pre-line">
          {paragraph}
        </p>
      ))}
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
