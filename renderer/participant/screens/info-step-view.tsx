import type { PublicStepOf } from '../../common/public-step-types.js';

/** Psychoeducation text; blank lines in the template become paragraphs. */
export function InfoStepView({ step }: { step: PublicStepOf<'info'> }) {
  return (
    <div className="prose">
      {step.body.split(/\n\s*\n/).map((paragraph, i) => (
        <p key={i} className="pre-line">
          {paragraph}
        </p>
      ))}
    </div>
  );
}
