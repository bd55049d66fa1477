import type { TemplateSummary } from '../../shared/protocol/views.js';
import { NetworkPanel } from './network-panel.js';
import { SetupPrivacyFields } from './setup-privacy-fields.js';
import { SetupSupportFields } from './setup-support-fields.js';
import type { ConsoleApi } from './use-console.js';
import { useSetupForm } from './use-setup-form.js';
import { t } from '../console-and-projector/i18n/translate.js';
import './setup-page.css';

interface Props {
  api: ConsoleApi;
  templateId: string | null;
  onTemplate(templateId: string): void;
  onStarted(): void;
}

/** Everything decided before the room opens; the counselor's texts are remembered for next time. */
export function SetupPage({ api, templateId, onTemplate, onStarted }: Props) {
  const form = useSetupForm(api, templateId, onStarted);
  return (
    <section className="page" aria-labelledby="setup-title">
      <header className="page-head">
        <div>
          <h1 id="setup-title">{t('setup.title')}</h1>
          <p className="lead">{t('setup.lead')}</p>
        </div>
      </header>
      <form className="setup-layout" onSubmit={(e) => void form.start(e)}>
        <div className="card form-card">
          <WorkshopSelect templates={form.templates} value={templateId} onChange={onTemplate} />
          <SetupPrivacyFields current={form.current} set={form.set} kProblem={form.kProblem} />
          <SetupSupportFields
            current={form.current}
            set={form.set}
            supportHasContact={form.supportHasContact}
            supportConfirmed={form.supportConfirmed}
            onSupportConfirmed={form.setSupportConfirmed}
          />
          <div className="form-actions">
            <button
              type="submit"
              className="btn btn-primary btn-large"
              disabled={form.busy || !form.canStart}
            >
              {form.busy
                ? t('setup.opening')
                : templateId && !form.workshopReady
                  ? t('setup.loadingWorkshop')
                  : t('setup.open')}
            </button>
          </div>
        </div>
        <NetworkPanel
          api={api}
          selected={form.joinAddress}
          onSelect={(address) => form.setJoinAddress(address)}
          compact
        />
      </form>
    </section>
  );
}

function WorkshopSelect(props: {
  templates: TemplateSummary[];
  value: string | null;
  onChange(templateId: string): void;
}) {
  return (
    <label className="field">
      <span>{t('setup.workshop')}</span>
      <select
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value)}
        required
        aria-label={t('setup.workshop')}
      >
        <option value="" disabled>
          {t('setup.chooseWorkshop')}
        </option>
        {props.templates.map((template) => (
          <option key={template.id} value={template.id}>
            {t('setup.workshopOption', {
              title: template.title,
              minutes: template.minutes,
              steps: template.stepCount,
            })}
          </option>
        ))}
      </select>
    </label>
  );
}
