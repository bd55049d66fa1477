import { useEffect, useMemo } from 'react';
import { publicStep } from '../../shared/protocol/public-step.js';
import type { ParticipantView, ProjectorView } from '../../shared/protocol/views.js';
import type { StepPhase } from '../../shared/session/session-types.js';
import { isExercise } from '../../shared/template/step-kinds.js';
import { stepSchema, type Step } from '../../shared/template/step-schema.js';
import { PreviewImageSrc } from '../common/step-image.js';
import { AppFrame } from '../participant/app-frame.js';
import type {
  ConnectionSnapshot,
  ParticipantConnection,
} from '../participant/connection/participant-connection.js';
import { ConnectionContext } from '../participant/connection/use-connection.js';
import { switchLanguage, usePhoneLanguage } from '../participant/i18n/phone-language.js';
import { StepScreen } from '../participant/screens/step-screen.js';
import '../participant/styles.css';
import { ProjectorScreen } from '../projector/projector-app.js';
import { useRoomLanguage } from '../console-and-projector/i18n/room-language.js';
import { adoptProjectorPreviewCss } from './projector-preview-css.js';
import './editor-preview.css';
import { t } from '../console-and-projector/i18n/translate.js';

interface Props {
  workshopTitle: string;
  /** Where the step's picture can be fetched, when it has one. */
  pictureSrc: string | null;
  step: unknown;
  index: number;
  count: number;
}

/**
 * The phone's data source for a preview: a fixed view of one step and no connection. Anything
 * the phone would send (an answer, a pause) is answered "not here" and goes nowhere.
 */
function previewConnection(view: ParticipantView): ParticipantConnection {
  const snapshot: ConnectionSnapshot = {
    link: 'online',
    membership: 'inside',
    view,
    viewReceivedAt: Date.now(),
    unreachable: false,
    waitingForSession: false,
    nicknameDropped: false,
    wrongHost: false,
  };
  const nowhere = () =>
    Promise.resolve({
      ok: false,
      error: { code: 'UNREACHABLE', message: t('editor.preview.unreachable') },
    });
  const base = { subscribe: () => () => {}, getSnapshot: () => snapshot };
  return new Proxy(base, {
    get: (target, key) => (key in target ? target[key as keyof typeof base] : nowhere),
  }) as unknown as ParticipantConnection;
}

/**
 * The last version of each step that the schema accepts: a half-typed field keeps the preview.
 */
const lastValid = new Map<string, Step>();

function validStep(step: unknown): Step | null {
  const parsed = stepSchema.safeParse(step);
  if (parsed.success) {
    lastValid.set(parsed.data.id, parsed.data);
    return parsed.data;
  }
  const id = (step as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? (lastValid.get(id) ?? null) : null;
}

/** The step being edited as the phone (390×844) and the projector (1920×1080) show it. */
export default function EditorPreview({ workshopTitle, pictureSrc, step, index, count }: Props) {
  useEffect(adoptProjectorPreviewCss, []);
  // The phone preview speaks the counselor's language (a phone's own choice is not the editor's).
  const language = useRoomLanguage();
  useEffect(() => {
    void switchLanguage(language, { remember: false });
  }, [language]);
  // Drawn again once the phone's catalog has loaded: its screens read words as they render.
  const phoneLanguage = usePhoneLanguage();
  const valid = useMemo(() => validStep(step), [step]);
  const phase: StepPhase = valid && isExercise(valid) ? 'open' : 'pending';
  const phoneView = useMemo<ParticipantView | null>(
    () =>
      valid && {
        sessionId: 'preview',
        title: workshopTitle,
        status: 'running',
        agreement: '',
        support: '',
        namesEnabled: false,
        removed: false,
        stepIndex: index,
        stepCount: count,
        step: publicStep(valid, phase),
        phase,
        pauseOn: false,
        takeawayAvailable: false,
      },
    [valid, workshopTitle, index, count, phase],
  );
  const connection = useMemo(() => phoneView && previewConnection(phoneView), [phoneView]);
  if (!valid || !phoneView || !connection) {
    return (
      <aside className="editor-preview" aria-label={t('editor.preview.label')}>
        <p className="muted">{t('editor.preview.waiting')}</p>
      </aside>
    );
  }
  const projectorView: ProjectorView = {
    title: workshopTitle,
    status: 'running',
    roomCode: '······',
    joinUrl: '',
    joined: 0,
    stepIndex: index,
    stepCount: count,
    step: publicStep(valid, 'pending'),
    phase: 'pending',
    answered: 0,
  };
  return (
    <aside className="editor-preview" aria-label={t('editor.preview.label')}>
      <PreviewImageSrc.Provider value={pictureSrc}>
        <h2 className="editor-preview-title">{t('editor.preview.phone')}</h2>
        <div className="editor-phone-box" inert>
          <div
            className="phone-preview-root editor-phone"
            data-testid="phone-preview"
            key={phoneLanguage}
          >
            <ConnectionContext.Provider value={connection}>
              <AppFrame title={workshopTitle} languagePicker={false}>
                <StepScreen />
              </AppFrame>
            </ConnectionContext.Provider>
          </div>
        </div>
        <h2 className="editor-preview-title">{t('editor.preview.projector')}</h2>
        <div className="editor-projector-box" inert>
          <div className="projector-preview-root editor-projector" data-testid="projector-preview">
            <ProjectorScreen view={projectorView} skew={0} token="" reportPages={() => {}} />
          </div>
        </div>
      </PreviewImageSrc.Provider>
    </aside>
  );
}
