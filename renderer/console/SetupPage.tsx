import { useEffect, useState, type FormEvent } from 'react';
import { SETTINGS_BOUNDS } from '../../shared/protocol/settings-bounds.js';
import type { SessionSettings } from '../../shared/session/session-types.js';
import type { Template } from '../../shared/template/template-schema.js';
import type { TemplateSummary } from '../../shared/protocol/views.js';
import { ROOM_CAP_DEFAULT, ROOM_CAP_MAX, ROOM_CAP_MIN } from '../../shared/protocol/room-cap.js';
import { NetworkPanel } from './NetworkPanel.js';
import type { ConsoleApi } from './use-console.js';

interface Props {
  api: ConsoleApi;
  templateId: string | null;
  onTemplate(templateId: string): void;
  onStarted(): void;
}

const DEFAULTS: SessionSettings = {
  namesEnabled: false,
  kLive: 3,
  kExport: 5,
  agreement: '',
  support: '',
  retentionDays: 30,
  roomCap: ROOM_CAP_DEFAULT,
};

/** Everything decided before the room opens; the counselor's texts are remembered for next time. */
export function SetupPage({ api, templateId, onTemplate, onStarted }: Props) {
  const { call, settings, saveSettings, connection } = api;
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [loaded, setLoaded] = useState<{ templateId: string; template: Template } | null>(null);
  // Only the counselor's edits are state; the rest comes from the remembered settings.
  const [edits, setEdits] = useState<Partial<SessionSettings>>({});
  // Asked every session: contacts differ from room to room.
  const [supportConfirmed, setSupportConfirmed] = useState(false);
  const [chosenAddress, setJoinAddress] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (connection !== 'online') return;
    void call('library:list', {}).then((reply) => {
      if (reply.ok) setTemplates(reply.templates);
    });
  }, [call, connection]);

  useEffect(() => {
    if (!templateId) return;
    void call('library:get', { templateId }).then((reply) => {
      if (reply.ok) setLoaded({ templateId, template: reply.template });
    });
  }, [call, templateId]);

  // A room opened before its workshop arrived would reach phones without the workshop's agreement.
  const template = loaded?.templateId === templateId ? loaded.template : null;
  const workshopReady = template !== null && templates.some((t) => t.id === templateId);
  const remembered = settings ? pickSessionSettings(settings) : DEFAULTS;
  const current: SessionSettings = {
    ...remembered,
    // The workshop's own agreement (its confidentiality limits matter) unless edited for this session.
    agreement: template?.agreement ?? '',
    ...edits,
  };
  const joinAddress = chosenAddress ?? settings?.joinAddress;
  const set = <K extends keyof SessionSettings>(key: K, value: SessionSettings[K]) =>
    setEdits((e) => ({ ...e, [key]: value }));

  const kProblem =
    current.kLive < 2
      ? 'The room needs at least 2 answers before it sees a result.'
      : current.kExport < 3
        ? 'Exports need at least 3 answers per exercise.'
        : !roomCapFits(current.roomCap)
          ? `The room can seat from ${ROOM_CAP_MIN} to ${ROOM_CAP_MAX.toLocaleString('en')} phones.`
          : null;
  // Generic text without a number or link is not a contact: a room needs a real local one.
  const supportHasContact = /\d[\d\s().-]{2,}\d|https?:\/\/|@/.test(current.support);
  const supportMissing = !supportHasContact || !supportConfirmed;

  const start = async (e: FormEvent) => {
    e.preventDefault();
    if (!templateId || !workshopReady || kProblem || supportMissing) return;
    setBusy(true);
    // A session's agreement is not remembered: the next workshop starts from its own.
    await saveSettings({
      ...current,
      agreement: remembered.agreement,
      ...(joinAddress ? { joinAddress } : {}),
    });
    const reply = await call('session:create', {
      templateId,
      settings: current,
      ...(joinAddress ? { joinAddress } : {}),
    });
    setBusy(false);
    if (reply.ok) onStarted();
  };

  return (
    <section className="page" aria-labelledby="setup-title">
      <header className="page-head">
        <div>
          <h1 id="setup-title">New session</h1>
          <p className="lead">Choose the workshop and how the room works. Then open the room.</p>
        </div>
      </header>
      <form className="setup-layout" onSubmit={(e) => void start(e)}>
        <div className="card form-card">
          <label className="field">
            <span>Workshop</span>
            <select
              value={templateId ?? ''}
              onChange={(e) => onTemplate(e.target.value)}
              required
              aria-label="Workshop"
            >
              <option value="" disabled>
                Choose a workshop…
              </option>
              {templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title} ({t.minutes} min, {t.stepCount} steps)
                </option>
              ))}
            </select>
          </label>

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
              With names on, you see who is in the room while answers come in. In a small group that
              can be enough to guess who gave an answer, so your live chart shows only how many
              answered until you close responses (and then waits for {current.kLive} answers), and
              people may feel less free to answer honestly. Say at the start that names are only for
              greeting each other.
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

          <label className="field">
            <span>Group agreement</span>
            <small>
              Shown on every phone before joining: confidentiality and its limits, the right to
              pass.
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
              One tap away on every phone and printed on every worksheet: a crisis line, your
              contact.
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
              Shown next to the crisis line wherever support appears: on phones, handouts and
              takeaways.
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
              checked={supportConfirmed}
              onChange={(e) => setSupportConfirmed(e.target.checked)}
            />
            <span>These are the right support contacts for this room</span>
          </label>
          {!supportHasContact && (
            <p className="field-hint">
              Add at least one support contact (a phone number or a link) before opening the room.
            </p>
          )}
          <div className="form-actions">
            <button
              type="submit"
              className="btn btn-primary btn-large"
              disabled={
                busy || !templateId || !workshopReady || Boolean(kProblem) || supportMissing
              }
            >
              {busy
                ? 'Opening the room…'
                : templateId && !workshopReady
                  ? 'Loading the workshop…'
                  : 'Open the room'}
            </button>
          </div>
        </div>
        <NetworkPanel
          api={api}
          selected={joinAddress}
          onSelect={(address) => setJoinAddress(address)}
          compact
        />
      </form>
    </section>
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

function pickSessionSettings(s: SessionSettings): SessionSettings {
  return {
    namesEnabled: s.namesEnabled,
    kLive: s.kLive,
    kExport: s.kExport,
    agreement: s.agreement,
    support: s.support,
    abuseHelpline: s.abuseHelpline,
    crisisLine: s.crisisLine,
    counselorContact: s.counselorContact,
    retentionDays: s.retentionDays,
    roomCap: s.roomCap,
  };
}

function roomCapFits(cap: number | undefined): boolean {
  return cap === undefined || (Number.isInteger(cap) && cap >= ROOM_CAP_MIN && cap <= ROOM_CAP_MAX);
}

interface NumberFieldProps {
  label: string;
  ariaLabel: string;
  unit: string;
  min: number;
  max: number;
  value: number;
  onChange: (value: number) => void;
}

function NumberField({ label, ariaLabel, unit, min, max, value, onChange }: NumberFieldProps) {
  return (
    <label className="field">
      <span>{label}</span>
      <span className="with-unit">
        <input
          type="number"
          min={min}
          max={max}
          value={value}
          aria-label={ariaLabel}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        {unit}
      </span>
    </label>
  );
}
