import { useEffect, useState, type FormEvent } from 'react';
import { ROOM_CAP_DEFAULT, ROOM_CAP_MAX, ROOM_CAP_MIN } from '../../shared/protocol/room-cap.js';
import type { TemplateSummary } from '../../shared/protocol/views.js';
import type { SessionSettings } from '../../shared/session/session-types.js';
import type { Template } from '../../shared/template/template-schema.js';
import type { ConsoleApi } from './use-console.js';
import { t } from '../console-and-projector/i18n/translate.js';

const DEFAULTS: SessionSettings = {
  namesEnabled: false,
  kLive: 3,
  kExport: 5,
  agreement: '',
  support: '',
  retentionDays: 30,
  roomCap: ROOM_CAP_DEFAULT,
};

export type SetSetting = <K extends keyof SessionSettings>(
  key: K,
  value: SessionSettings[K],
) => void;

/** The setup form's state: the workshops to choose from, the settings as edited, and opening the room. */
export function useSetupForm(api: ConsoleApi, templateId: string | null, onStarted: () => void) {
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
  const set: SetSetting = (key, value) => setEdits((e) => ({ ...e, [key]: value }));

  const kProblem =
    current.kLive < 2
      ? t('setup.kLiveTooLow', { min: 2 })
      : current.kExport < 3
        ? t('setup.kExportTooLow', { min: 3 })
        : !roomCapFits(current.roomCap)
          ? t('setup.roomCapRange', { min: ROOM_CAP_MIN, max: ROOM_CAP_MAX })
          : null;
  // Generic text without a number or link is not a contact: a room needs a real local one.
  const supportHasContact = /\d[\d\s().-]{2,}\d|https?:\/\/|@/.test(current.support);
  const supportMissing = !supportHasContact || !supportConfirmed;
  const canStart = Boolean(templateId) && workshopReady && !kProblem && !supportMissing;

  const start = async (e: FormEvent) => {
    e.preventDefault();
    if (!templateId || !canStart) return;
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

  return {
    templates,
    workshopReady,
    current,
    set,
    kProblem,
    supportHasContact,
    supportConfirmed,
    setSupportConfirmed,
    joinAddress,
    setJoinAddress,
    busy,
    canStart,
    start,
  };
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
