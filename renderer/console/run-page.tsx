import type { ConsoleView } from '../../shared/protocol/views.js';
import type { Confirm } from './confirm-dialog.js';
import { currentStep } from './run-controls.js';
import { RunSidePanel } from './run-side-panel.js';
import { RunStage } from './run-stage.js';
import { RunStepRail } from './run-step-rail.js';
import { ShortcutHelp } from './shortcut-help.js';
import type { ConsoleApi } from './use-console.js';
import { useRunCommands } from './use-run-commands.js';
import './run-page.css';

interface Props {
  api: ConsoleApi;
  view: ConsoleView;
  confirm: Confirm;
  onEnd(): void;
}

/** The running workshop: where we are, what the room sees, and one click for each next move. */
export function RunPage({ api, view, confirm, onEnd }: Props) {
  const { goto, run, helpOpen, setHelpOpen } = useRunCommands(api, view, confirm);
  return (
    <div className="run-layout">
      <RunStepRail
        api={api}
        view={view}
        confirm={confirm}
        goto={(index) => void goto(index)}
        onEnd={onEnd}
      />
      <RunStage api={api} view={view} run={run} onHelp={() => setHelpOpen(true)} />
      <RunSidePanel api={api} view={view} step={currentStep(view)} confirm={confirm} />
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
    </div>
  );
}
