import { ROOM_CAP_DEFAULT, ROOM_CAP_MAX, ROOM_CAP_MIN } from '../../shared/protocol/room-cap.js';
import { SETTINGS_BOUNDS } from '../../shared/protocol/settings-bounds.js';
import type { SessionSettings } from '../../shared/session/session-types.js';
import { NumberField } from './number-field.js';
import type { SetSetting } from './use-setup-form.js';
import { t } from '../console-and-projector/i18n/translate.js';

interface Props {
  current: SessionSettings;
  set: SetSetting;
  kProblem: string | null;
}

/** Names on or off, how many answers before anyone sees a result, and how long data is kept. */
export function SetupPrivacyFields({ current, set, kProblem }: Props) {
  return (
    <>
      <label className="check">
        <input
          type="checkbox"
          checked={current.namesEnabled}
          onChange={(e) => set('namesEnabled', e.target.checked)}
        />
        <span>
          {t('setup.names')}
          <small>{t('setup.namesHint')}</small>
        </span>
      </label>
      {current.namesEnabled && (
        <p className="setup-note" role="note">
          {t('setup.namesNote', { k: current.kLive })}
        </p>
      )}

      <div className="field-row">
        <NumberField
          label={t('setup.kLive')}
          ariaLabel={t('setup.kLiveAria')}
          unit={t('setup.unitAnswers')}
          min={SETTINGS_BOUNDS.kLive.min}
          max={SETTINGS_BOUNDS.kLive.max}
          value={current.kLive}
          onChange={(value) => set('kLive', value)}
        />
        <NumberField
          label={t('setup.kExport')}
          ariaLabel={t('setup.kExportAria')}
          unit={t('setup.unitAnswers')}
          min={SETTINGS_BOUNDS.kExport.min}
          max={SETTINGS_BOUNDS.kExport.max}
          value={current.kExport}
          onChange={(value) => set('kExport', value)}
        />
        <NumberField
          label={t('setup.roomCap')}
          ariaLabel={t('setup.roomCapAria')}
          unit={t('setup.unitPhones')}
          min={ROOM_CAP_MIN}
          max={ROOM_CAP_MAX}
          value={current.roomCap ?? ROOM_CAP_DEFAULT}
          onChange={(value) => set('roomCap', value)}
        />
        <NumberField
          label={t('setup.retention')}
          ariaLabel={t('setup.retentionAria')}
          unit={t('setup.unitDays')}
          min={SETTINGS_BOUNDS.retentionDays.min}
          max={SETTINGS_BOUNDS.retentionDays.max}
          value={current.retentionDays}
          onChange={(value) => set('retentionDays', value)}
        />
      </div>
      <p className="muted field-note">{t('setup.roomCapNote', { max: ROOM_CAP_MAX })}</p>
      {kProblem && (
        <p className="field-error" role="alert">
          {kProblem}
        </p>
      )}
    </>
  );
}
