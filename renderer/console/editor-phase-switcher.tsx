import type { StepPhase } from '../../shared/session/session-types.js';
import { t } from '../console-and-projector/i18n/translate.js';

const PHASES = [
  ['pending', 'editor.preview.phase.pending'],
  ['open', 'editor.preview.phase.open'],
  ['closed', 'editor.preview.phase.closed'],
  ['revealed', 'editor.preview.phase.revealed'],
] as const satisfies readonly (readonly [StepPhase, string])[];

const MOMENT = {
  pending: 'editor.preview.moment.pending',
  open: 'editor.preview.moment.open',
  closed: 'editor.preview.moment.closed',
  revealed: 'editor.preview.moment.revealed',
} as const satisfies Record<StepPhase, string>;

interface Props {
  phase: StepPhase;
  onPhase(phase: StepPhase): void;
  /** How many made-up answers the sample results are built from. */
  answered: number;
  /** Offered with results only: the sample shrunk below k_live, as the room would see it. */
  tooFew: { count: number; on: boolean; onChange(on: boolean): void } | null;
}

/**
 * Which moment of an exercise the previews show: before responses open, while they are open,
 * once closed, and after the reveal with sample results. Radio buttons drawn as one segmented
 * bar: Tab reaches the chosen one, the arrow keys move between them.
 */
export function EditorPhaseSwitcher({ phase, onPhase, answered, tooFew }: Props) {
  return (
    <fieldset className="editor-phase">
      {/* The bar and the line under it say enough to the eye; the group's name is for the ear. */}
      <legend className="visually-hidden">{t('editor.preview.phase')}</legend>
      <div className="editor-phase-bar">
        {PHASES.map(([value, key]) => (
          <label key={value} className="editor-phase-option">
            <input
              type="radio"
              name="editor-preview-phase"
              value={value}
              checked={phase === value}
              onChange={() => onPhase(value)}
            />
            <span>{t(key)}</span>
          </label>
        ))}
      </div>
      <p className="editor-phase-moment" data-testid="preview-moment">
        {t(MOMENT[phase], { count: answered })}
      </p>
      {tooFew && (
        <label className="editor-check editor-phase-few">
          <input
            type="checkbox"
            checked={tooFew.on}
            onChange={(e) => tooFew.onChange(e.target.checked)}
          />
          {t('editor.preview.tooFew', { count: tooFew.count })}
        </label>
      )}
    </fieldset>
  );
}
