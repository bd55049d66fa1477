import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConsoleView } from '../../shared/protocol/views.js';
import type { Confirm } from './confirm-dialog.js';
import {
  currentPhase,
  currentStep,
  shortcutFor,
  stepControls,
  type ShortcutCommand,
} from './run-controls.js';
import type { ConsoleApi } from './use-console.js';
import { t } from '../console-and-projector/i18n/translate.js';

export interface RunCommands {
  /** Moves to a step, closing open responses first if the counselor agrees. */
  goto(index: number): Promise<void>;
  run(command: ShortcutCommand): void;
  helpOpen: boolean;
  setHelpOpen(open: boolean): void;
}

/** The run page's moves, from buttons and from the keyboard alike. */
export function useRunCommands(api: ConsoleApi, view: ConsoleView, confirm: Confirm): RunCommands {
  const { act } = api;
  const [helpOpen, setHelpOpen] = useState(false);
  const step = currentStep(view);
  const phase = currentPhase(view);
  const controls = stepControls(step, phase);
  const stepCount = view.template.steps.length;

  const goto = useCallback(
    async (index: number) => {
      if (index < 0 || index >= stepCount || index === view.stepIndex) return;
      if (phase === 'open') {
        const ok = await confirm({
          title: t('run.stillOpen.title'),
          body: <p>{t('run.stillOpen.body', { title: step?.title ?? '' })}</p>,
          confirmLabel: t('run.stillOpen.confirm'),
        });
        if (!ok) return;
        if (!(await act({ type: 'close' }))) return;
      }
      await act({ type: 'goto', index });
    },
    [act, confirm, phase, step, stepCount, view.stepIndex],
  );

  const run = useCallback(
    (command: ShortcutCommand) => {
      switch (command) {
        case 'previous':
          return void goto(view.stepIndex - 1);
        case 'next':
          return void goto(view.stepIndex + 1);
        case 'open':
          return controls.canOpen ? void act({ type: 'open' }) : undefined;
        case 'close':
          return controls.canClose ? void act({ type: 'close' }) : undefined;
        case 'reveal':
          return controls.canReveal ? void act({ type: 'reveal' }) : undefined;
        case 'blank':
          return void api.call('projector:show', { blank: !view.projector?.blank });
        case 'help':
          return setHelpOpen((open) => !open);
      }
    },
    [act, api, controls, goto, view.projector?.blank, view.stepIndex],
  );

  useShortcuts(run);
  return { goto, run, helpOpen, setHelpOpen };
}

/** Keyboard shortcuts, except while typing or while a confirmation is open. */
function useShortcuts(run: (command: ShortcutCommand) => void): void {
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  }, [run]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (document.querySelector('dialog.confirm[open]')) return;
      const command = shortcutFor(event, document.documentElement.dir);
      if (!command) return;
      event.preventDefault();
      runRef.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
