import type { z } from 'zod';
import type { sessionSettingsSchema } from '../protocol/console-events.js';
import type { Template } from '../template/template-schema.js';
import type { Answer } from './answer-schema.js';

export type SessionStatus = 'lobby' | 'running' | 'ended';
/** pending → open → closed → revealed; a closed step may be reopened. */
export type StepPhase = 'pending' | 'open' | 'closed' | 'revealed';
export type ModerationDecision = 'approved' | 'hidden';

/** A session's settings, as the console sends them (their schema is the one definition). */
export type SessionSettings = z.infer<typeof sessionSettingsSchema>;

export interface AnswerRecord {
  answer: Answer;
  /** Opaque per-answer handle, new on every change: moderation refers to it, never to a person. */
  ref: string;
}

export interface ParticipantRecord {
  id: string;
  /** Live memory only: never journaled, never exported (DESIGN.md §4.2). */
  nickname?: string;
  removed: boolean;
  answers: Record<string, AnswerRecord>;
}

export interface TimerState {
  stepId: string;
  durationMs: number;
  /** Remaining time at the moment it was last paused or started. */
  remainingMs: number;
  /** Epoch ms when it was started, absent while paused. */
  runningSince?: number;
  /** On an exercise step: the counselor chose to close responses when the time is up. */
  closesResponses?: boolean;
}

export interface SessionState {
  id: string;
  roomCode: string;
  template: Template;
  settings: SessionSettings;
  status: SessionStatus;
  locked: boolean;
  currentStep: number;
  phases: Record<string, StepPhase>;
  participants: Record<string, ParticipantRecord>;
  /** stepId → answer ref → decision. */
  moderation: Record<string, Record<string, ModerationDecision>>;
  /** stepId → normalised words the counselor hid from the cloud. */
  hiddenWords: Record<string, string[]>;
  /** Participant ids with a live "I need a pause" signal; only the count is ever shown. */
  pauseRequests: string[];
  timer?: TimerState;
  createdAt: number;
  endedAt?: number;
}

export type SessionAction =
  | { type: 'start' }
  | { type: 'goto'; index: number }
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'reveal' }
  | { type: 'end'; now: number }
  | { type: 'lock'; locked: boolean }
  | { type: 'join'; participantId: string; nickname?: string }
  | { type: 'remove'; participantId: string }
  /** Many at once (a join surge): all or nothing, journaled as one record. */
  | { type: 'removeMany'; participantIds: string[] }
  | { type: 'answer'; participantId: string; stepId: string; answer: Answer; ref: string }
  | { type: 'share'; participantId: string; stepId: string; share: boolean }
  | { type: 'pause'; participantId: string; on: boolean }
  | { type: 'clearPauses' }
  | { type: 'moderate'; stepId: string; ref: string; decision: ModerationDecision }
  | { type: 'hideWord'; stepId: string; word: string; hidden: boolean }
  | {
      type: 'timer';
      command: 'start' | 'pause' | 'reset';
      now: number;
      /** An exercise's countdown: its length, and whether it closes responses at zero. */
      seconds?: number;
      closesResponses?: boolean;
    };

export const SESSION_ERROR_CODES = [
  'ILLEGAL_TRANSITION',
  'NOT_RUNNING',
  'ENDED',
  'ROOM_LOCKED',
  'UNKNOWN_PARTICIPANT',
  'REMOVED',
  'UNKNOWN_STEP',
  'NOT_AN_EXERCISE',
  'STEP_NOT_OPEN',
  'INVALID_ANSWER',
  'ALREADY_SHOWN',
  'UNKNOWN_ANSWER',
] as const;

export type SessionErrorCode = (typeof SESSION_ERROR_CODES)[number];

export interface SessionError {
  code: SessionErrorCode;
  message: string;
}

export type Transition = { ok: true; state: SessionState } | { ok: false; error: SessionError };
