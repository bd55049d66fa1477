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
  useEffect(() => {
    void call('library:get', { templateId }).then((reply) => {
      if (reply.ok) setTemplate(reply.template);
    });
  }, [call, templateId]);

  if (!template) return <p className="muted page">Loading the workshop…</p>;
  const step = template.steps[index] ?? template.steps[0];
  return (
    <section className="page" aria-labelledby="preview-title">
      <header className="page-head">
        <div>
          <button type="button" className="btn btn-quiet back" onClick={onBack}>
            ← Library
          </button>
          <h1 id="preview-title">{template.title}</h1>
          <p className="lead">
            {template.minutes} min · {template.steps.length} steps · for {template.audience}
          </p>
        </div>
        <div className="page-actions">
          <HandoutButtons
            token={token}
            templateId={template.id}
            languages={languagesOf(template)}
          />
          <button type="button" className="btn btn-primary" onClick={() => onUse(template.id)}>
            Use for a session
          </button>
        </div>
      </header>
      <div className="preview-layout">
        <ol className="step-list card" aria-label="Steps">
          {template.steps.map((s, i) => (
            <li key={s.id}>
              <button
                type="button"
                className={`step-link ${i === index ? 'current' : ''}`}
                aria-current={i === index ? 'step' : undefined}
                onClick={() => setIndex(i)}
              >
                <span className="step-no">{i + 1}</span>
                <span className="step-name">{s.title}</span>
                <span className="step-kind">{stepKindLabel[s.kind]}</span>
              </button>
            </li>
          ))}
        </ol>
        {step && (
          <StepPreview step={step} imageSrc={templateImageSrc(token, template.id, step.id)} />
        )}
        <aside className="card notes">
          <h2>Facilitator notes</h2>
          <p className="muted">
            {stepKindLabel[step?.kind ?? 'info']} · about {step?.minutes} min
          </p>
          <p className="notes-text">{step?.facilitatorNotes ?? 'No notes for this step.'}</p>
          {template.contentNotes.length > 0 && (
            <>
              <h3>Content notes</h3>
              <ul>
                {template.contentNotes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </>
          )}
          <h3>Summary</h3>
          <p className="notes-text">{template.summary}</p>
        </aside>
      </div>
    </section>
  );
}
