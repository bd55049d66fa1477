import { useId, useState } from 'react';
import type { Answer } from '../../../shared/session/answer-schema.js';
import type { PublicExerciseStep } from '../../common/public-step-types.js';
import { sameAnswer } from '../answers.js';
import { useConnection, useConnectionSnapshot } from '../connection/use-connection.js';
import { ActionBar, type SendState } from './action-bar.js';
import { draftToAnswer, initialDraft, type Draft } from './drafts.js';
import { ExerciseInput } from './exercise-input.js';

/**
 * Answering an open exercise. "Sent ✓" shows only for what the host acknowledged; any change
 * after that offers "Send change" while the step stays open.
 */
export function ExerciseForm({
  step,
  sent,
}: {
  step: PublicExerciseStep;
  sent: Answer | undefined;
}) {
  const connection = useConnection();
  const { link } = useConnectionSnapshot();
  const [draft, setDraft] = useState<Draft>(() => initialDraft(step, sent));
  const [acked, setAcked] = useState<Answer | undefined>(sent);
  const [sendState, setSendState] = useState<SendState>('idle');
  const promptId = useId();
  const answer = draftToAnswer(draft);

  const send = async (next: Answer) => {
    setSendState('sending');
    const shareOnly =
      next.kind === 'open' &&
      acked?.kind === 'open' &&
      acked.text === next.text &&
      acked.share !== next.share;
    const reply = shareOnly
      ? await connection.share(step.id, next.share)
      : await connection.answer(step.id, next);
    if (reply.ok) {
      setAcked(next);
      setSendState('idle');
    } else {
      setSendState('failed');
    }
  };

  const change = (next: Draft) => {
    setDraft(next);
    if (sendState === 'failed') setSendState('idle');
  };

  return (
    <form
      className="exercise"
      onSubmit={(event) => {
        event.preventDefault();
        if (answer) void send(answer);
      }}
      aria-labelledby={promptId}
    >
      <p id={promptId} className="prompt pre-line">
        {step.prompt}
      </p>
      <ExerciseInput step={step} draft={draft} onChange={change} promptId={promptId} />
      <ActionBar
        kind={step.kind}
        canSend={answer !== null}
        isSent={sameAnswer(answer, acked)}
        hasSent={acked !== undefined && acked.kind !== 'pass'}
        passed={acked?.kind === 'pass'}
        sendState={sendState}
        offline={link !== 'online'}
        onPass={() => void send({ kind: 'pass' })}
      />
    </form>
  );
}
