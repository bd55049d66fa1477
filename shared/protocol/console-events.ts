import { z } from 'zod';
import type { HostWarning } from './host-warnings.js';
import type { NetworkAdvice } from './network-advice.js';
import type { ExportPreviewItem } from '../privacy/export-preview.js';
import type { Template } from '../template/template-schema.js';
import { INTERFACE_LANGUAGES } from './interface-languages.js';
import { MAX_PROJECTOR_PAGES } from './protocol-limits.js';
import type { RequestEvents } from './request-events.js';
import { ROOM_CAP_MAX, ROOM_CAP_MIN } from './room-cap.js';
import { SETTINGS_BOUNDS as bounds } from './settings-bounds.js';
import type {
  ConsoleLiveView,
  NetworkInterfaceInfo,
  ProjectorView,
  SessionSummary,
  SessionTemplate,
  TemplateFileError,
  TemplateSummary,
} from './views.js';

export { CONSOLE_NAMESPACE, MAX_PROJECTOR_PAGES } from './protocol-limits.js';

const templateId = z.string().min(1).max(60);
const sessionId = z.string().min(1).max(64);
const stepId = z.string().min(1).max(60);
/** A bundle carries its pictures as base64; it must fit the console door's message cap. */
const MAX_BUNDLE_CHARS = 1900 * 1024;

export const sessionSettingsSchema = z.object({
  namesEnabled: z.boolean(),
  /** Minimum respondents before the room sees an aggregate (DESIGN.md §4.4). */
  kLive: z.number().int().min(bounds.kLive.min).max(bounds.kLive.max),
  /** Minimum respondents before an export shows an exercise (DESIGN.md §4.5). */
  kExport: z.number().int().min(bounds.kExport.min).max(bounds.kExport.max),
  agreement: z.string().trim().max(bounds.agreementMaxLength),
  support: z.string().trim().min(1).max(bounds.supportMaxLength),
  /**
   * A domestic-abuse helpline, asked for next to the crisis line (issue 21); folded into
   * `support` when the session is created, so it shows wherever support does.
   */
  abuseHelpline: z.string().trim().max(bounds.contactMaxLength).optional(),
  /** Printed on the safety page of handouts and takeaways (issue 20). */
  crisisLine: z.string().trim().max(bounds.contactMaxLength).optional(),
  counselorContact: z.string().trim().max(bounds.contactMaxLength).optional(),
  retentionDays: z.number().int().min(bounds.retentionDays.min).max(bounds.retentionDays.max),
  /** Phones the room seats; absent (sessions from before it existed): the host's default. */
  roomCap: z.number().int().min(ROOM_CAP_MIN).max(ROOM_CAP_MAX).optional(),
});

export const appSettingsSchema = sessionSettingsSchema.extend({
  paperSize: z.enum(['A4', 'Letter']),
  /** The counselor's language for the console and projector; absent: the laptop's own. */
  interfaceLanguage: z.enum(INTERFACE_LANGUAGES).optional(),
  joinAddress: z.string().max(bounds.joinAddressMaxLength).optional(),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

/** Actions only the counselor may take on the running session. */
export const consoleActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start') }),
  z.object({ type: z.literal('goto'), index: z.number().int().min(0).max(200) }),
  z.object({ type: z.literal('open') }),
  z.object({ type: z.literal('close') }),
  z.object({ type: z.literal('reveal') }),
  z.object({ type: z.literal('end') }),
  z.object({ type: z.literal('lock'), locked: z.boolean() }),
  z.object({ type: z.literal('remove'), participantId: z.string().min(1).max(64) }),
  /** Everyone who joined in a join surge the console was shown (the host knows who). */
  z.object({ type: z.literal('removeSurge'), surgeId: z.string().min(1).max(64) }),
  /**
   * Everyone in the room who has not answered anything, passes counting as answers; taken from
   * a surge warning (`surgeId`), it also puts that warning away.
   */
  z.object({
    type: z.literal('removeUnanswered'),
    surgeId: z.string().min(1).max(64).optional(),
  }),
  /** The counselor has seen the surge warning and keeps everyone. */
  z.object({ type: z.literal('dismissSurge'), surgeId: z.string().min(1).max(64) }),
  z.object({ type: z.literal('clearPauses') }),
  z.object({
    type: z.literal('moderate'),
    stepId,
    ref: z.string().min(1).max(64),
    decision: z.enum(['approved', 'hidden']),
  }),
  z.object({
    type: z.literal('hideWord'),
    stepId,
    word: z.string().min(1).max(64),
    hidden: z.boolean(),
  }),
  z.object({
    type: z.literal('timer'),
    command: z.enum(['start', 'pause', 'reset']),
    /** On an exercise: the countdown's length, and whether responses close at zero. */
    seconds: z.number().int().min(10).max(3600).optional(),
    closesResponses: z.boolean().optional(),
  }),
]);
export type ConsoleAction = z.infer<typeof consoleActionSchema>;

export const consoleRequestSchemas = {
  'library:list': z.object({}),
  'library:get': z.object({ templateId }),
  'library:duplicate': z.object({ templateId }),
  'library:import': z.object({
    fileName: z.string().min(1).max(200),
    content: z
      .string()
      .min(1)
      .max(512 * 1024),
  }),
  'library:export': z.object({ templateId }),
  'library:delete': z.object({ templateId }),
  /** A new own workshop from the starter, valid as it stands. */
  'library:create': z.object({}),
  /** The edited workshop is checked by the host with the template schema, never trusted. */
  'library:save': z.object({ templateId, workshop: z.unknown() }),
  'library:exportBundle': z.object({ templateId }),
  'library:importBundle': z.object({
    fileName: z.string().min(1).max(200),
    content: z.string().min(1).max(MAX_BUNDLE_CHARS),
  }),
  /** A picture for an info step, as base64 (its bytes decide PNG or JPEG, never its name). */
  'library:image:put': z.object({
    templateId,
    stepId,
    data: z
      .string()
      .min(1)
      .max(MAX_BUNDLE_CHARS)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/),
  }),
  /** Half-typed edits, kept in the data dir so a crash or a closed window loses nothing. */
  'library:draft:put': z.object({ templateId, workshop: z.unknown() }),
  'library:draft:get': z.object({ templateId }),
  'library:draft:discard': z.object({ templateId }),
  /** New workshops not saved yet (only their draft exists), to go on with from the library. */
  'library:draft:unsavedNew': z.object({}),
  'settings:get': z.object({}),
  'settings:set': appSettingsSchema.partial(),
  'network:check': z.object({}),
  'session:create': z.object({
    templateId,
    settings: sessionSettingsSchema,
    joinAddress: z.string().max(bounds.joinAddressMaxLength).optional(),
  }),
  'session:resume': z.object({ sessionId }),
  'session:action': z.object({ action: consoleActionSchema }),
  'session:close': z.object({}),
  'history:list': z.object({}),
  'history:delete': z.object({ sessionId }),
  /** What a past session's results report and CSV will show, group or withhold, and why. */
  'history:preview': z.object({ sessionId }),
  /** Blanks the projector or steps through the pages of a screen too long for it. */
  'projector:show': z.object({
    blank: z.boolean().optional(),
    page: z.number().int().min(0).max(MAX_PROJECTOR_PAGES).optional(),
  }),
} as const;

export type ConsoleRequestName = keyof typeof consoleRequestSchemas;
export type ConsoleRequest<N extends ConsoleRequestName> = z.infer<
  (typeof consoleRequestSchemas)[N]
>;

export interface NetworkCheck {
  interfaces: NetworkInterfaceInfo[];
  port: number;
  /** Whether the participant door answered on each address from this machine. */
  reachable: Record<string, boolean>;
  /** The address the QR code, projector and lobby tell phones to open now. */
  joinAddress: string;
  /** Codes with values; the console words them in the counselor's language. */
  advice: NetworkAdvice[];
  testPath: string;
}

export interface ConsoleReplies {
  'library:list': { templates: TemplateSummary[]; errors: TemplateFileError[] };
  'library:get': { template: Template };
  'library:duplicate': { templateId: string };
  'library:import': { templateId: string };
  'library:export': { fileName: string; content: string };
  'library:delete': object;
  'library:create': { templateId: string };
  /** Refusals by the template checker come back here, each with its field path. */
  'library:save': { saved: boolean; errors: TemplateFileError[] };
  'library:exportBundle': { fileName: string; content: string };
  'library:importBundle': { templateId: string };
  'library:image:put': { image: string };
  'library:draft:put': object;
  'library:draft:get': { draft: { savedAt: number; workshop: unknown } | null };
  'library:draft:discard': object;
  'library:draft:unsavedNew': { drafts: { templateId: string; title: string; savedAt: number }[] };
  'settings:get': { settings: AppSettings };
  'settings:set': { settings: AppSettings };
  'network:check': NetworkCheck;
  'session:create': { view: ConsoleLiveView };
  'session:resume': { view: ConsoleLiveView };
  'session:action': { view: ConsoleLiveView };
  'session:close': object;
  'history:list': { sessions: SessionSummary[]; resumable: SessionSummary[] };
  'history:delete': object;
  'history:preview': { items: ExportPreviewItem[] };
  'projector:show': { view: ConsoleLiveView };
}

/**
 * The one thing a projector may tell the host: how many pages the screen it shows needs at its
 * size. It steers nothing; the console shows the count beside its page control.
 */
export const projectorRequestSchemas = {
  'projector:layout': z.object({
    screenKey: z.string().min(1).max(120),
    pages: z.number().int().min(1).max(MAX_PROJECTOR_PAGES),
  }),
} as const;
export type ProjectorLayout = z.infer<(typeof projectorRequestSchemas)['projector:layout']>;

export interface ProjectorReplies {
  'projector:layout': object;
}

export type ConsoleClientToServer = RequestEvents<typeof consoleRequestSchemas, ConsoleReplies>;
export type ProjectorClientToServer = RequestEvents<
  typeof projectorRequestSchemas,
  ProjectorReplies
>;
/** What the console namespace listens to: a socket is either a console or a projector. */
export type ConsoleDoorClientToServer = ConsoleClientToServer & ProjectorClientToServer;

export interface ConsoleServerToClient {
  /** The open session's workshop: on connect, and before the first view of another session. */
  'console:template': (sent: SessionTemplate) => void;
  'console:view': (view: ConsoleLiveView | null) => void;
  'projector:view': (view: ProjectorView | null) => void;
  /** Host problems (damaged journal, disk full), newest last; sent on connect and on change. */
  'host:warnings': (warnings: HostWarning[]) => void;
}

/** The console socket authenticates with the per-launch token; the projector uses role "projector". */
export interface ConsoleAuth {
  token: string;
  role?: 'console' | 'projector';
}
