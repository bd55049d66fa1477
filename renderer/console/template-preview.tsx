import { useEffect, useState } from 'react';
import type { Template } from '../../shared/template/template-schema.js';
import {
  StepPreview,
  stepKindLabel,
  templateImageSrc,
} from '../console-and-projector/step-preview.js';
import { languagesOf } from '../../shared/template/workshop-languages.js';
import { HandoutButtons } from './handout-buttons.js';
import type { ConsoleApi } from './use-console.js';
import { t } from '../console-and-projector/i18n/translate.js';
import { useRoomLanguage } from '../console-and-projector/i18n/room-language.js';
import { localizedNotes } from '../../shared/template/localized-notes.js';
import './template-preview.css';

interface Props {
  api: ConsoleApi;
  token: string;
  templateId: string;
  onBack(): void;
  onUse(templateId: string): void;
}

/** Every step of a workshop as participants will see it, with the facilitator's notes beside it. */
export function TemplatePreview({ api, token, templateId, onBack, onUse }: Props) {
  const { call } = api;
  const [template, setTemplate] = useState<Template | null>(null);
  const [index, setIndex] = useState(0);
  const language = useRoomLanguage();
  useEffect(() => {
    void call('library:get', { templateId }).then((reply) => {
      if (reply.ok) setTemplate(reply.template);
    });
  }, [call, templateId]);

  if (!template) return <p className="muted page">{t('setup.loadingWorkshop')}</p>;
  const step = template.steps[index] ?? template.steps[0];
  return (
    <section className="page" aria-labelledby="preview-title">
      <header className="page-head">
        <div>
          <button type="button" className="btn btn-quiet back" onClick={onBack}>
            {t('preview.back')}
          </button>
          <h1 id="preview-title">{template.title}</h1>
          <p className="lead">
            {t('preview.meta', {
              minutes: template.minutes,
              count: template.steps.length,
              audience: template.audience,
            })}
          </p>
        </div>
        <div className="page-actions">
          <HandoutButtons
            token={token}
            templateId={template.id}
            languages={languagesOf(template)}
          />
          <button type="button" className="btn btn-primary" onClick={() => onUse(template.id)}>
            {t('library.use')}
          </button>
        </div>
      </header>
      <div className="preview-layout">
        <ol className="step-list card" aria-label={t('preview.steps')}>
          {template.steps.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                className={`step-link ${i === index ? 'current' : ''}`}
                aria-current={i === index ? 'step' : undefined}
                onClick={() => setIndex(i)}
              >
                <span className="step-no">{i + 1}</span>
                <span className="step-name">
                  <bdi>{s.title}</bdi>
                </span>
                <span className="step-kind">{stepKindLabel(s.kind)}</span>
              </button>
            </li>
          ))}
        </ol>
        {step && (
          <StepPreview step={step} imageSrc={templateImageSrc(token, template.id, step.id)} />
        )}
        <aside className="card notes">
          <h2>{t('preview.notes')}</h2>
          <p className="muted">
            {t('common.kindAbout', {
              kind: stepKindLabel(step?.kind ?? 'info'),
              minutes: step?.minutes ?? 0,
            })}
          </p>
          <p className="notes-text">
            {(step && localizedNotes(template, step, language)) ?? t('preview.noNotes')}
          </p>
          {template.contentNotes.length > 0 && (
            <>
              <h3>{t('preview.contentNotes')}</h3>
              <ul>
                {template.contentNotes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </>
          )}
          <h3>{t('preview.summary')}</h3>
          <p className="notes-text">{template.summary}</p>
        </aside>
      </div>
    </section>
  );
}
