import type { Aggregate } from '../aggregate/aggregate-types.js';
import type { ExportPreviewItem } from '../privacy/export-preview.js';
import type { HostWarning } from './host-warnings.js';
import type { RefusalReason } from './refusal-reasons.js';
import type { Answer } from '../session/answer-schema.js';
import type {
  SessionSettings,
  SessionStatus,
  StepPhase,
  TimerState,
} from '../session/session-types.js';
import type { Step, StepOf } from '../template/step-schema.js';
import type { Template } from '../template/template-schema.js';

type SortStep = StepOf<'sort'>;
type SortItem = SortStep['items'][number];

/** A sort item as the room sees it: its answer-key category and explanation only once revealed. */
export type PublicSortItem = Omit<SortItem, 'category' | 'explanation'> &
  Partial<Pick<SortItem, 'category' | 'explanation'>>;

type WithoutNotes<S> = S extends unknown ? Omit<S, 'facilitatorNotes'> : never;

/**
 * A step as the room may see it: no facilitator notes; answer keys (sort categories,
 * correct options, explanations) only once the step is revealed.
 */
export type PublicStep =
  | WithoutNotes<Exclude<Step, { kind: 'sort' }>>
  | (Omit<SortStep, 'facilitatorNotes' | 'items'> & { items: PublicSortItem[] });
export type PublicExerciseStep = Exclude<PublicStep, { kind: 'info' | 'timer' }>;

export interface TimerView extends TimerState {
  /** Host clock when this view was made, so a phone with a wrong clock still counts right. */
  serverNow: number;
}

export interface ParticipantView {
  sessionId: string;
  title: string;
  status: SessionStatus;
  agreement: string;
  support: string;
  namesEnabled: boolean;
  nickname?: string;
  removed: boolean;
  stepIndex: number;
  stepCount: number;
  step?: PublicStep;
  phase?: StepPhase;
  /** The participant's own answer to the current step, if any. */
  myAnswer?: Answer;
  /** Whether this participant's shared text was already shown (sharing can no longer be withdrawn). */
  myShareShown?: boolean;
  /** Present only once the step is revealed. */
  aggregate?: Aggregate;
  timer?: TimerView;
  pauseOn: boolean;
  /** Steps revealed so far, for the end-of-session takeaway link. */
  takeawayAvailable: boolean;
}

export interface ModerationItem {
  ref: string;
  text: string;
  decision?: 'approved' | 'hidden';
}

export interface LobbyPerson {
  /** Opaque handle for removal; not shown as text. */
  id: string;
  nickname?: string;
}

/** Many seats taken within seconds (host memory only): shown so the counselor can clear them. */
export interface JoinSurgeView {
  id: string;
  /** How many joined in the burst. */
  joined: number;
  /** How many of them are still in the room. */
  stillIn: number;
  /** The burst's length, rounded up to whole seconds (at least 1). */
  withinSeconds: number;
}

/**
 * What the host pushes to consoles as the session runs (up to ten times a second): all of the
 * console's view but the workshop, which never changes while a session runs and comes once per
 * connection and session as a SessionTemplate.
 */
export interface ConsoleLiveView {
  sessionId: string;
  roomCode: string;
  joinUrl: string;
  status: SessionStatus;
  locked: boolean;
  settings: SessionSettings;
  stepIndex: number;
  phases: Record<string, StepPhase>;
  joined: number;
  /** Only when names are enabled; never tied to answers. */
  people: LobbyPerson[];
  /**
   * Answers to the current step, as a count only. Passes are not counted: beside a chart's
   * respondents they would tell how many passed (DESIGN.md §4.6).
   */
  answered: number;
  /**
   * Live aggregate of the current step for the counselor's eyes: suppressed (a count only)
   * until k_live people answered (DESIGN.md §4.8).
   */
  liveAggregate?: Aggregate;
  /** What the room currently sees for the current step, if revealed. */
  roomAggregate?: Aggregate;
  moderation: ModerationItem[];
  hiddenWords: string[];
  pauseCount: number;
  /** People in the room who have not answered anything yet, passes counting as answers: a count only. */
  unanswered: number;
  /** The newest join surge the counselor has not dismissed, while any of it is still in the room. */
  joinSurge?: JoinSurgeView;
  timer?: TimerView;
  /** After the end: how many phones have downloaded their takeaway, and how long they stay. */
  takeaways?: { fetched: number; keepHours: number };
  /** Host problems the counselor should know about (damaged journal, disk full), as codes. */
  warnings?: HostWarning[];
  /** What the projector shows beyond the session: blank or not, and its page of a long screen. */
  projector?: ProjectorPresentationView;
  /** Once ended: what the results report and CSV will show, coarsen or withhold, and why. */
  exportPreview?: ExportPreviewItem[];
}

/** The open session's workshop as a console receives it: sent before any view of the session. */
export interface SessionTemplate {
  sessionId: string;
  template: Template;
}

/** What the console's pages read: a pushed view with the workshop of the same session. */
export type ConsoleView = ConsoleLiveView & SessionTemplate;

export interface ProjectorView {
  title: string;
  status: SessionStatus;
  roomCode: string;
  joinUrl: string;
  joined: number;
  stepIndex: number;
  stepCount: number;
  step?: PublicStep;
  phase?: StepPhase;
  /** Answers to the current step, passes not counted (see ConsoleView.answered). */
  answered: number;
  aggregate?: Aggregate;
  timer?: TimerView;
  /** The counselor's choices for the big screen: blank, and the page of a long screen. */
  presentation?: ProjectorPresentationView;
}

/**
 * A screen too long for the projector is split into pages the counselor steps through; the
 * projector counts them (it alone knows its size) and shows the page the counselor picked.
 */
export interface ProjectorPresentationView {
  /** Names the screen (step and phase) the page and page count belong to. */
  screenKey: string;
  blank: boolean;
  page: number;
  pages: number;
}

export interface TemplateSummary {
  id: string;
  title: string;
  summary: string;
  minutes: number;
  stepCount: number;
  language: string;
  /** Languages the workshop is translated into; needsReview until a native speaker checked it. */
  translations: { language: string; needsReview: boolean }[];
  source: 'shipped' | 'own';
  fileName: string;
}

export interface TemplateFileError {
  fileName: string;
  line: number | null;
  field: string;
  message: string;
  /** Set when the refusal is about the file as a whole, for the console to word. */
  reason?: RefusalReason;
}

export interface SessionSummary {
  sessionId: string;
  title: string;
  status: SessionStatus;
  /** Month and year only, e.g. "2026-11". */
  month: string;
  participants: number;
  /** Days until automatic deletion. */
  expiresInDays: number;
  /**
   * Set when the session's file is damaged or unreadable, as a code the console words; when it
   * cannot be read at all (`sessionFileUnusable`, `sessionNotOpened`) the title is not known.
   */
  warning?: HostWarning;
}

export interface NetworkInterfaceInfo {
  name: string;
  address: string;
  /** A guess from the name: wifi, ethernet, hotspot, virtual, other. */
  kind: 'wifi' | 'ethernet' | 'hotspot' | 'virtual' | 'other';
  /** Private (RFC 1918 and hotspot ranges) or public, as some campus networks hand out. */
  scope: 'private' | 'public';
}
