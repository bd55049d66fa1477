import { useState } from 'react';
import { strings } from './strings.js';
import { useConnection, useConnectionSnapshot } from './connection/use-connection.js';
import { localMemory } from './connection/local-memory.js';
import { AppFrame } from './app-frame.js';
import { AgreementScreen } from './screens/agreement-screen.js';
import { EndScreen } from './screens/end-screen.js';
import { JoinScreen } from './screens/join-screen.js';
import { MessageScreen } from './screens/message-screen.js';
import { StepScreen } from './screens/step-screen.js';
import { usePhoneLanguage } from './i18n/phone-language.js';
import { WaitingScreen } from './screens/waiting-screen.js';

/** Picks the one screen that fits where the participant is in the session. */
export function App() {
  // Re-renders every screen (none is memoised) with the new words when the language changes,
  // keeping what the participant has typed.
  usePhoneLanguage();
  const snapshot = useConnectionSnapshot();
  const connection = useConnection();
  const [agreedSession, setAgreedSession] = useState(() => localMemory.agreedSession());
  const { view, membership } = snapshot;

  if (snapshot.wrongHost) {
    return (
      <AppFrame title={strings.appName}>
        <MessageScreen title={strings.wrongHost.title} body={strings.wrongHost.body} busy />
      </AppFrame>
    );
  }
  if (membership === 'resuming' && snapshot.waitingForSession) {
    return (
      <AppFrame title={strings.appName}>
        <MessageScreen
          title={strings.waitingForReopen.title}
          body={strings.waitingForReopen.body}
          busy
          action={{
            label: strings.waitingForReopen.joinInstead,
            onClick: () => connection.leave(),
          }}
        />
      </AppFrame>
    );
  }
  if (membership === 'resuming' || (membership === 'inside' && !view)) {
    return (
      <AppFrame title={strings.appName}>
        <MessageScreen title={strings.resuming} busy />
      </AppFrame>
    );
  }
  if (membership === 'outside' || !view) {
    return (
      <AppFrame title={strings.appName} languagePicker={false}>
        <JoinScreen />
      </AppFrame>
    );
  }
  if (view.removed) {
    return (
      <AppFrame title={view.title} support={view.support}>
        <MessageScreen
          title={strings.removed.title}
          body={strings.removed.body}
          action={{ label: strings.removed.again, onClick: () => connection.leave() }}
        />
      </AppFrame>
    );
  }
  if (view.status === 'ended') {
    return (
      <AppFrame title={view.title} support={view.support}>
        <EndScreen />
      </AppFrame>
    );
  }
  const frameProps = { title: view.title, support: view.support, pauseOn: view.pauseOn };
  if (agreedSession !== view.sessionId) {
    return (
      <AppFrame {...frameProps}>
        <AgreementScreen
          onAccept={() => {
            localMemory.setAgreedSession(view.sessionId);
            setAgreedSession(view.sessionId);
          }}
        />
      </AppFrame>
    );
  }
  return (
    <AppFrame {...frameProps}>
      {view.status === 'running' && view.step ? (
        <StepScreen key={`${view.sessionId}:${view.step.id}`} />
      ) : (
        <WaitingScreen />
      )}
    </AppFrame>
  );
}
