import { describe, expect, it } from 'vitest';
import { ProjectorPresentation } from '../../main/host/session/projector-presentation.js';

describe('the projector presentation: blank, and the page of a long screen', () => {
  it('starts on the first of one page, not blank', () => {
    expect(new ProjectorPresentation().viewFor('running:0:open')).toEqual({
      screenKey: 'running:0:open',
      blank: false,
      page: 0,
      pages: 1,
    });
  });

  it('steps through the pages the projector counted, never past the last', () => {
    const p = new ProjectorPresentation();
    expect(p.reportPages('running:3:revealed', 'running:3:revealed', 3)).toBe(true);
    p.setPage('running:3:revealed', 2);
    expect(p.viewFor('running:3:revealed')).toMatchObject({ page: 2, pages: 3 });
    p.setPage('running:3:revealed', 9);
    expect(p.viewFor('running:3:revealed').page).toBe(2);
    // The same count again changes nothing, so no views go out for it.
    expect(p.reportPages('running:3:revealed', 'running:3:revealed', 3)).toBe(false);
    // Fewer pages after a change keeps the page within them.
    p.reportPages('running:3:revealed', 'running:3:revealed', 2);
    expect(p.viewFor('running:3:revealed')).toMatchObject({ page: 1, pages: 2 });
  });

  it('starts a new screen at its first page and ignores a report about an old screen', () => {
    const p = new ProjectorPresentation();
    p.reportPages('running:3:revealed', 'running:3:revealed', 3);
    p.setPage('running:3:revealed', 1);
    expect(p.viewFor('running:4:pending')).toMatchObject({ page: 0, pages: 1 });
    expect(p.reportPages('running:4:pending', 'running:3:revealed', 5)).toBe(false);
    expect(p.viewFor('running:4:pending').pages).toBe(1);
  });

  it('stays blank across steps until the counselor brings it back', () => {
    const p = new ProjectorPresentation();
    p.setBlank(true);
    expect(p.viewFor('running:5:open').blank).toBe(true);
    p.setBlank(false);
    expect(p.viewFor('running:5:open').blank).toBe(false);
  });
});
