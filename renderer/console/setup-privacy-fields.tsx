import { ROOM_CAP_DEFAULT, ROOM_CAP_MAX, ROOM_CAP_MIN } from '../../shared/protocol/room-cap.js';
import { SETTINGS_BOUNDS } from '../../shared/protocol/settings-bounds.js';
import type { SessionSettings } from '../../shared/session/session-types.js';
import { NumberField } from './number-field.js';
import type { SetSetting } from './use-setup-form.js';

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
          Ask for a first name or nickname
          <small>
            Off by default. Only you see names, live, in the lobby; they are never saved or
            exported.
          </small>
        </span>
      </label>
      {current.namesEnabled && (
        <p className="setup-note" role="note">
          With names on, you see who is in the room while answers come in. In a small group that can
          be enough to guess who gave an answer, so your live chart shows only how many answered
          until you close responses (and then waits for {current.kLive} answers), and people may
          feel less free to answer honestly. Say at the start that names are only for greeting each
          other.
        </p>
      )}

      <div className="field-row">
        <NumberField
          label="Room sees results from"
          ariaLabel="Minimum answers before the room sees a result"
          unit="answers"
          min={SETTINGS_BOUNDS.kLive.min}
          max={SETTINGS_BOUNDS.kLive.max}
          value={current.kLive}
          onChange={(value) => set('kLive', value)}
        />
        <NumberField
          label="Exports include from"
          ariaLabel="Minimum answers before an export shows an exercise"
          unit="answers"
          min={SETTINGS_BOUNDS.kExport.min}
          max={SETTINGS_BOUNDS.kExport.max}
          value={current.kExport}
          onChange={(value) => set('kExport', value)}
        />
        <NumberField
          label="Room holds up to"
          ariaLabel="Most phones that may join"
          unit="phones"
          min={ROOM_CAP_MIN}
          max={ROOM_CAP_MAX}
          value={current.roomCap ?? ROOM_CAP_DEFAULT}
          onChange={(value) => set('roomCap', value)}
        />
        <NumberField
          label="Keep session data for"
          ariaLabel="Retention in days"
          unit="days"
          min={SETTINGS_BOUNDS.retentionDays.min}
          max={SETTINGS_BOUNDS.retentionDays.max}
          value={current.retentionDays}
          onChange={(value) => set('retentionDays', value)}
        />
      </div>
      <p className="muted field-note">
        A phone that tries to join a full room is told to ask you. This laptop can serve up to{' '}
        {ROOM_CAP_MAX.toLocaleString('en')} phones; one Wi-Fi access point usually carries far
        fewer, so the size of your group plus a few spare seats is a good limit.
      </p>
      {kProblem && (
        <p className="field-error" role="alert">
          {kProblem}
        </p>
      )}
    </>
  );
}
