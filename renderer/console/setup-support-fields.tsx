import { SETTINGS_BOUNDS } from '../../shared/protocol/settings-bounds.js';
import type { SessionSettings } from '../../shared/session/session-types.js';
import type { SetSetting } from './use-setup-form.js';

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
        <span>Group agreement</span>
        <small>
          Shown on every phone before joining: confidentiality and its limits, the right to pass.
        </small>
        <textarea
          rows={6}
          value={current.agreement}
          maxLength={SETTINGS_BOUNDS.agreementMaxLength}
          onChange={(e) => set('agreement', e.target.value)}
        />
      </label>
      <label className="field">
        <span>Support resources</span>
        <small>
          One tap away on every phone and printed on every worksheet: a crisis line, your contact.
        </small>
        <textarea
          rows={3}
          value={current.support}
          maxLength={SETTINGS_BOUNDS.supportMaxLength}
          required
          onChange={(e) => set('support', e.target.value)}
        />
      </label>
      <label className="field">
        <span>Domestic-abuse helpline</span>
        <small>
          Shown next to the crisis line wherever support appears: on phones, handouts and takeaways.
        </small>
        <input
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
        <span>These are the right support contacts for this room</span>
      </label>
      {!props.supportHasContact && (
        <p className="field-hint">
          Add at least one support contact (a phone number or a link) before opening the room.
        </p>
      )}
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
        <span>Crisis line (safety page)</span>
        <small>
          Printed on the safety page that ends every handout and takeaway. Left empty, the page has
          a blank line for it.
        </small>
        <input
          type="text"
          value={props.crisisLine}
          maxLength={SETTINGS_BOUNDS.contactMaxLength}
          onChange={(e) => props.onChange('crisisLine', e.target.value)}
        />
      </label>
      <label className="field">
        <span>Your contact (safety page)</span>
        <small>How participants can reach you after the session, printed on the same page.</small>
        <input
          type="text"
          value={props.counselorContact}
          maxLength={SETTINGS_BOUNDS.contactMaxLength}
          onChange={(e) => props.onChange('counselorContact', e.target.value)}
        />
      </label>
    </>
  );
}
