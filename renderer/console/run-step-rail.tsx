import { useEffect, useRef } from 'react';
import type { ConsoleView } from '../../shared/protocol/views.js';
import { isExercise } from '../../shared/template/step-kinds.js';
import { stepKindLabel } from '../console-and-projector/step-preview.js';
import type { Confirm } from './confirm-dialog.js';
import { phaseLabel } from './run-controls.js';
import type { ConsoleApi } from './use-console.js';
import { t } from '../console-and-projector/i18n/translate.js';

interface Props {
  api: ConsoleApi;
  view: ConsoleView;
  confirm: Confirm;
  goto(index: number): void;
  onEnd(): void;
}

/** The workshop's steps to jump between, and the way out. */
export function RunStepRail({ api, view, confirm, goto, onEnd }: Props) {
  // The rail keeps the current step in sight, however long the workshop.
  const currentLink = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    currentLink.current?.scrollIntoView({ block: 'nearest' });
  }, [view.stepIndex]);

  const end = async () => {
    const ok = await confirm({
      title: t('run.endTitle'),
      body: <p>{t('run.endBody')}</p>,
      confirmLabel: t('run.endConfirm'),
      danger: true,
    });
    if (ok && (await api.act({ type: 'end' }))) onEnd();
  };

  return (
    <nav className="card step-rail" aria-label={t('run.steps')}>
      <ol>
        {view.template.steps.map((s, i) => {
          const p = view.phases[s.id];
          return (
            <li key={s.id}>
              <button
                type="button"
                className={`step-link ${i === view.stepIndex ? 'current' : ''} ${i < view.stepIndex ? 'done' : ''}`}
                aria-current={i === view.stepIndex ? 'step' : undefined}
                ref={i === view.stepIndex ? currentLink : undefined}
                onClick={() => goto(i)}
              >
                <span className="step-no">{i + 1}</span>
                <span className="step-name">
                  <bdi>{s.title}</bdi>
                </span>
                <span className="step-kind">
                  {stepKindLabel(s.kind)}
                  {p && p !== 'pending' && isExercise(s) ? ` · ${phaseLabel(p)}` : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="btn btn-danger-outline end-button"
        onClick={() => void end()}
      >
        {t('run.end')}
      </button>
    </nav>
  );
}
