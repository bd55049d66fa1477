import type { Step } from '../../shared/template/step-schema.js';
import { StepImage } from '../common/step-image.js';
import { t } from './i18n/translate.js';

/** Kind names in the counselor's words. */
export function stepKindLabel(kind: Step['kind']): string {
  const labels: Record<Step['kind'], string> = {
    info: t('kind.info'),
    timer: t('kind.timer'),
    scale: t('kind.scale'),
    choice: t('kind.choice'),
    sort: t('kind.sort'),
    words: t('kind.words'),
    open: t('kind.open'),
    rank: t('kind.rank'),
    slider: t('kind.slider'),
    worksheet: t('kind.worksheet'),
  };
  return labels[kind];
}

export function stepPrompt(step: Step): string {
  return step.kind === 'info' ? step.body : step.prompt;
}

/** A library workshop's step picture on the console door (the token rides along as for exports). */
export function templateImageSrc(token: string, templateId: string, stepId: string): string {
  const path = `/api/templates/${encodeURIComponent(templateId)}/media/${encodeURIComponent(stepId)}`;
  return `${path}?token=${encodeURIComponent(token)}`;
}

/**
 * A read-only picture of a step as a participant's phone shows it, for the library preview.
 * Inputs are drawn disabled: this is a preview, not a place to answer. `imageSrc` is where the
 * step's picture can be fetched, when it has one.
 */
export function StepPreview({ step, imageSrc }: { step: Step; imageSrc?: string }) {
  return (
    <div className="phone-preview" aria-label={t('preview.phone', { title: step.title })}>
      <div className="phone-screen">
        {step.contentNote && (
          <p className="pv-note">{t('preview.contentNote', { note: step.contentNote })}</p>
        )}
        <h3 className="pv-title">{step.title}</h3>
        <p className="pv-prompt">{stepPrompt(step)}</p>
        {step.kind === 'info' && step.image !== undefined && imageSrc !== undefined && (
          <StepImage key={imageSrc} className="pv-image" src={imageSrc} alt={step.imageAlt ?? ''} />
        )}
        <PreviewBody step={step} />
        {step.kind !== 'info' && step.kind !== 'timer' && (
          <div className="pv-actions">
            <span className="pv-button">{t('preview.send')}</span>
            <span className="pv-button pv-secondary">{t('preview.pass')}</span>
          </div>
        )}
        <p className="pv-footer">{t('preview.footer')}</p>
      </div>
    </div>
  );
}

function PreviewBody({ step }: { step: Step }) {
  switch (step.kind) {
    case 'info':
      return null;
    case 'timer':
      return (
        <p className="pv-timer">
          {Math.floor(step.seconds / 60)}:{String(step.seconds % 60).padStart(2, '0')}
        </p>
      );
    case 'scale':
      return (
        <div className="pv-scale">
          {step.themes.flatMap((theme) =>
            theme.statements.map((s) => (
              <div key={s.id} className="pv-scale-item">
                <p>{s.text}</p>
                <div className="pv-likert">
                  {step.labels.map((label) => (
                    <span key={label} className="pv-likert-option">
                      {label}
                    </span>
                  ))}
                </div>
              </div>
            )),
          )}
        </div>
      );
    case 'choice':
      return (
        <ul className="pv-options">
          {step.options.map((o) => (
            <li key={o.id}>
              <span className={step.multiple ? 'pv-check' : 'pv-radio'} /> {o.label}
            </li>
          ))}
        </ul>
      );
    case 'sort':
      return (
        <div>
          <p className="pv-hint">
            {t('preview.sortHint', { categories: step.categories.map((c) => c.label).join(' · ') })}
          </p>
          <ul className="pv-options">
            {step.items.map((i) => (
              <li key={i.id}>{i.label}</li>
            ))}
          </ul>
        </div>
      );
    case 'words':
      return <p className="pv-field">{t('preview.words', { max: step.maxWords })}</p>;
    case 'open':
      return (
        <div>
          <p className="pv-field pv-textarea">{t('preview.open', { max: step.maxLength })}</p>
          <p className="pv-hint">
            <span className="pv-check" /> {t('preview.share')}
          </p>
        </div>
      );
    case 'rank':
      return (
        <ol className="pv-options pv-rank">
          {step.items.map((i) => (
            <li key={i.id}>{i.label}</li>
          ))}
        </ol>
      );
    case 'slider':
      return (
        <div className="pv-slider">
          <span className="pv-slider-track" />
          <span className="pv-slider-ends">
            <span>
              {step.min} · {step.minLabel}
            </span>
            <span>
              {step.maxLabel} · {step.max}
            </span>
          </span>
        </div>
      );
    case 'worksheet':
      return (
        <div>
          {step.fields.map((f) => (
            <div key={f.id}>
              <p className="pv-field-label">{f.label}</p>
              <p className="pv-field pv-textarea">{f.hint ?? ''}</p>
            </div>
          ))}
          <p className="pv-hint">{t('preview.worksheet')}</p>
        </div>
      );
  }
}
