import { useEffect, useMemo, useState } from 'react';
import type { ParticipantView } from '../../shared/protocol/views.js';
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
import { EditorPhaseSwitcher } from './editor-phase-switcher.js';
import type { SampleTexts } from './editor-sample-answers.js';
import {
  SAMPLE_GROUP,
  sampleProjectorView,
  sampleRoom,
  samplePhoneView,
  tooFewToShow,
  type SampleSettings,
} from './editor-sample-room.js';
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
  /** The counselor's settings (k_live, support text); null until the host has sent them. */
  settings: SampleSettings | null;
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

/** The words the imaginary people of the sample results write, in the counselor's language. */
function sampleTexts(): SampleTexts {
  return {
    words: [
      t('editor.sample.word1'),
      t('editor.sample.word2'),
      t('editor.sample.word3'),
      t('editor.sample.word4'),
      t('editor.sample.word5'),
      t('editor.sample.word6'),
    ],
    sentences: [
      t('editor.sample.sentence1'),
      t('editor.sample.sentence2'),
      t('editor.sample.sentence3'),
    ],
    worksheet: t('editor.sample.worksheet'),
  };
}

/** Until the counselor's settings arrive, the previews show the exercise open, as before. */
const NO_SETTINGS: SampleSettings = { kLive: Number.POSITIVE_INFINITY, support: '', agreement: '' };

/**
 * The step being edited as the phone (390×844) and the projector (1920×1080) show it; for an
 * exercise, at the moment the counselor picks, results drawn from a made-up group.
 */
export default function EditorPreview(props: Props) {
  const { workshopTitle, pictureSrc, step, index, count, settings } = props;
  useEffect(adoptProjectorPreviewCss, []);
  // The phone preview speaks the counselor's language (a phone's own choice is not the editor's).
  const language = useRoomLanguage();
  useEffect(() => {
    void switchLanguage(language, { remember: false });
  }, [language]);
  // Drawn again once the phone's catalog has loaded: its screens read words as they render.
  const phoneLanguage = usePhoneLanguage();
  const [chosenPhase, setPhase] = useState<StepPhase>('open');
  const [tooFew, setTooFew] = useState(false);
  const valid = useMemo(() => validStep(step), [step]);
  const exercise = valid !== null && isExercise(valid) && settings !== null;
  const phase: StepPhase = exercise ? chosenPhase : valid && isExercise(valid) ? 'open' : 'pending';
  const kLive = (settings ?? NO_SETTINGS).kLive;
  const answered = tooFew && phase === 'revealed' ? tooFewToShow(kLive) : SAMPLE_GROUP;
  // Built on every render (a dozen made-up answers cost well under a millisecond), so the
  // sample's words follow the counselor's language as every other word here does.
  const room =
    valid &&
    sampleRoom(valid, {
      title: workshopTitle,
      phase,
      answered,
      settings: settings ?? NO_SETTINGS,
      texts: sampleTexts(),
    });
  const phoneView = room && samplePhoneView(room, { index, count });
  const connection = phoneView && previewConnection(phoneView);
  if (!valid || !room || !phoneView || !connection) {
    return (
      <aside className="editor-preview" aria-label={t('editor.preview.label')}>
        <p className="muted">{t('editor.preview.waiting')}</p>
      </aside>
    );
  }
  const sample = phase === 'revealed';
  const heading = (key: 'editor.preview.phone' | 'editor.preview.projector') => (
    <h2 className="editor-preview-title">
      {t(key)}
      {sample && <span className="editor-sample-badge">{t('editor.preview.sample')}</span>}
    </h2>
  );
  return (
    <aside className="editor-preview" aria-label={t('editor.preview.label')}>
      <PreviewImageSrc.Provider value={pictureSrc}>
        {exercise && (
          <EditorPhaseSwitcher
            phase={phase}
            onPhase={setPhase}
            answered={answered}
            tooFew={
              sample && valid.kind !== 'worksheet'
                ? { count: tooFewToShow(kLive), on: tooFew, onChange: setTooFew }
                : null
            }
          />
        )}
        {heading('editor.preview.phone')}
        <div className="editor-box editor-phone-box" inert>
          <div
            className="phone-preview-root editor-phone"
            data-testid="phone-preview"
            data-phase={phase}
            key={phoneLanguage}
          >
            <ConnectionContext.Provider value={connection}>
              <AppFrame
                title={phoneView.title}
                support={phoneView.support}
                pauseOn={phoneView.pauseOn}
                languagePicker={false}
              >
                <StepScreen key={`${valid.id}:${phase}:${answered}`} />
              </AppFrame>
            </ConnectionContext.Provider>
          </div>
        </div>
        {heading('editor.preview.projector')}
        <div className="editor-box editor-projector-box" inert>
          <div className="projector-preview-root editor-projector" data-testid="projector-preview">
            <ProjectorScreen
              view={sampleProjectorView(room, { index, count })}
              skew={0}
              token=""
              reportPages={() => {}}
            />
          </div>
        </div>
      </PreviewImageSrc.Provider>
    </aside>
  );
}
