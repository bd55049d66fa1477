import { SETTINGS_BOUNDS } from '../../shared/protocol/settings-bounds.js';
import type { SessionSettings } from '../../shared/session/session-types.js';
import type { SetSetting } from './use-setup-form.js';
import { t } from '../console-and-projector/i18n/translate.js';

interface Props {
  current: SessionSettings;
  set: SetSetting;
  supportHasContact: boolean;
  supportConfirmed: boolean;
  onSupportConfirmed(confirmed: boolean): void;
}

/** The texts every phone and handout carries: the group agreement and where to find support. */
export function SetupSupportFields(props: Props) {
  const { current, set } = props;
  return (
    <>
      <label className="field">
        <span>{t('setup.agreement')}</span>
        <small>{t('setup.agreementHint')}</small>
        <textarea
          dir="auto"
          rows={6}
          value={current.agreement}
          maxLength={SETTINGS_BOUNDS.agreementMaxLength}
          onChange={(e) => set('agreement', e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('setup.support')}</span>
        <small>{t('setup.supportHint')}</small>
        <textarea
          dir="auto"
          rows={3}
          value={current.support}
          maxLength={SETTINGS_BOUNDS.supportMaxLength}
          required
          onChange={(e) => set('support', e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('setup.abuseHelpline')}</span>
        <small>{t('setup.abuseHelplineHint')}</small>
        <input
          dir="auto"
          type="text"
          value={current.abuseHelpline ?? ''}
          maxLength={SETTINGS_BOUNDS.contactMaxLength}
          onChange={(e) => set('abuseHelpline', e.target.value)}
        />
      </label>
      <SafetyPageFields
        crisisLine={current.crisisLine ?? ''}
        counselorContact={current.counselorContact ?? ''}
        onChange={(key, value) => set(key, value)}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={props.supportConfirmed}
          onChange={(e) => props.onSupportConfirmed(e.target.checked)}
        />
        <span>{t('setup.supportConfirm')}</span>
      </label>
      {!props.supportHasContact && <p className="field-hint">{t('setup.supportMissing')}</p>}
    </>
  );
}

/** What the safety page at the end of every handout and takeaway is pre-filled with. */
function SafetyPageFields(props: {
  crisisLine: string;
  counselorContact: string;
  onChange: (key: 'crisisLine' | 'counselorContact', value: string) => void;
}) {
  return (
    <>
      <label className="field">
        <span>{t('setup.crisisLine')}</span>
        <small>{t('setup.crisisLineHint')}</small>
        <input
          dir="auto"
          type="text"
          value={props.crisisLine}
          maxLength={SETTINGS_BOUNDS.contactMaxLength}
          onChange={(e) => props.onChange('crisisLine', e.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('setup.contact')}</span>
        <small>{t('setup.contactHint')}</small>
        <input
          dir="auto"
          type="text"
          value={props.counselorContact}
          maxLength={SETTINGS_BOUNDS.contactMaxLength}
          onChange={(e) => props.onChange('counselorContact', e.target.value)}
        />
      </label>
    </>
  );
}
