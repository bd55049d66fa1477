import { useEffect, useState } from 'react';
import { fetchProjectorToken, projectorHref } from '../console-and-projector/console-token.js';
import { desktopBridge } from '../console-and-projector/desktop.js';

/** Opens the projector: the desktop app's own window, or a browser tab with its read-only link. */
export function useOpenProjector(token: string): () => void {
  // Fetched up front so the projector tab opens inside the click (pop-up blockers).
  const [projectorToken, setProjectorToken] = useState<string | null>(null);
  useEffect(() => {
    fetchProjectorToken(token).then(setProjectorToken, () => setProjectorToken(null));
  }, [token]);

  return () => {
    const bridge = desktopBridge();
    if (bridge) void bridge.openProjector();
    else if (projectorToken) {
      window.open(projectorHref(projectorToken), 'circlework-projector', 'noopener');
    }
  };
}
