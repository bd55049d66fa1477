import type { ConsoleView } from '../../shared/protocol/views.js';
import type { Confirm } from './confirm-dialog.js';
import { EndPage } from './end-page.js';
import { LobbyPage } from './lobby-page.js';
import { RunPage } from './run-page.js';
import type { ConsoleApi } from './use-console.js';

interface Props {
  api: ConsoleApi;
  view: ConsoleView;
  token: string;
  confirm: Confirm;
  onEnd(): void;
  onClosed(): void;
}

/** The open session's page for where it stands: lobby, running or ended. */
export function SessionPage({ api, view, token, confirm, onEnd, onClosed }: Props) {
  switch (view.status) {
    case 'lobby':
      return <LobbyPage api={api} view={view} confirm={confirm} />;
    case 'running':
      return <RunPage api={api} view={view} confirm={confirm} onEnd={onEnd} />;
    case 'ended':
      return <EndPage api={api} view={view} token={token} onClosed={onClosed} />;
  }
}
