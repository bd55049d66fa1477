import { describe, expect, it } from 'vitest';
import {
  NO_CONSOLE_VIEW,
  reduceConsoleView,
  type ConsoleViewEvent,
} from '../../renderer/console/console-view-state.js';
import { buildConsoleView } from '../../shared/protocol/build-views.js';
import type { SessionTemplate } from '../../shared/protocol/views.js';
import { fixtureTemplate, newSession } from './shared-fixture.js';

const JOIN = 'http://192.168.1.20:8080/?code=ABC234';
const first = newSession();
const second = { ...newSession(), id: 'session-2', template: { ...fixtureTemplate, id: 'other' } };
const liveOf = (state: typeof first, joined = 0) => ({
  ...buildConsoleView(state, JOIN, 0),
  joined,
});
const sent = (state: typeof first): SessionTemplate => ({
  sessionId: state.id,
  template: state.template,
});
const run = (...events: ConsoleViewEvent[]) => events.reduce(reduceConsoleView, NO_CONSOLE_VIEW);

describe('the console’s view: the workshop once, the views as they come', () => {
  it('shows each view with the workshop its session was sent', () => {
    const state = run(
      { type: 'template', sent: sent(first) },
      { type: 'view', live: liveOf(first, 1) },
      { type: 'view', live: liveOf(first, 2) },
    );
    expect(state.view).toEqual({ ...liveOf(first, 2), template: first.template });
    // The same workshop object every time: nothing keyed to it is rebuilt per view.
    expect(state.view?.template).toBe(first.template);
  });

  it('shows nothing once the session closes, and the next session with its own workshop', () => {
    const closed = run(
      { type: 'template', sent: sent(first) },
      { type: 'view', live: liveOf(first) },
      { type: 'view', live: null },
    );
    expect(closed.view).toBeNull();
    const next = run(
      { type: 'template', sent: sent(first) },
      { type: 'view', live: null },
      { type: 'template', sent: sent(second) },
      { type: 'view', live: liveOf(second) },
    );
    expect(next.view?.sessionId).toBe('session-2');
    expect(next.view?.template.id).toBe('other');
  });

  it('never shows a view with another session’s workshop: it keeps the last whole one', () => {
    const early = run(
      { type: 'template', sent: sent(first) },
      { type: 'view', live: liveOf(first, 3) },
      { type: 'view', live: liveOf(second) },
    );
    expect(early.view).toEqual({ ...liveOf(first, 3), template: first.template });
    // Its workshop arrives: the waiting view is shown with it.
    const caughtUp = reduceConsoleView(early, { type: 'template', sent: sent(second) });
    expect(caughtUp.view).toEqual({ ...liveOf(second), template: second.template });
  });

  it('shows nothing before any workshop came', () => {
    expect(run({ type: 'view', live: liveOf(first) }).view).toBeNull();
  });
});
