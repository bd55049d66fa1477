import type { ProjectorPresentationView } from '../../../shared/protocol/views.js';

/**
 * What the counselor chose to show on the projector beyond the session itself: a blank screen,
 * and which page of a screen too long for one. Pages are counted by the projector, which alone
 * knows its size; a page belongs to one screen (step and phase) and starts at the first again
 * on the next. Memory only: nothing here is about a person.
 */
export class ProjectorPresentation {
  private blank = false;
  private key = '';
  private page = 0;
  private pages = 1;

  /** Where the room is: the step shown and its phase, as the projector view names it. */
  viewFor(screenKey: string): ProjectorPresentationView {
    const same = screenKey === this.key;
    return {
      screenKey,
      blank: this.blank,
      page: same ? this.page : 0,
      pages: same ? this.pages : 1,
    };
  }

  setBlank(blank: boolean): void {
    this.blank = blank;
  }

  /** The counselor steps to a page of the current screen; kept within the pages it has. */
  setPage(screenKey: string, page: number): void {
    this.follow(screenKey);
    this.page = Math.max(0, Math.min(page, this.pages - 1));
  }

  /**
   * The projector measured the screen it shows; a report about an older screen is ignored.
   * True when the count changed (only then do the views need sending again).
   */
  reportPages(currentKey: string, reportedKey: string, pages: number): boolean {
    if (reportedKey !== currentKey) return false;
    this.follow(currentKey);
    const next = Math.max(1, pages);
    if (next === this.pages) return false;
    this.pages = next;
    this.page = Math.min(this.page, this.pages - 1);
    return true;
  }

  reset(): void {
    this.blank = false;
    this.key = '';
    this.page = 0;
    this.pages = 1;
  }

  private follow(screenKey: string): void {
    if (screenKey === this.key) return;
    this.key = screenKey;
    this.page = 0;
    this.pages = 1;
  }
}
