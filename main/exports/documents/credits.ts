import type { Flow } from '../layout/flow.js';

/** "Sources and credits", kept on one page with its heading when the list fits on a page. */
export function drawCredits(flow: Flow, credits: readonly string[]): void {
  if (credits.length === 0) return;
  const list = credits.reduce(
    (sum, credit) => sum + flow.measure(credit, { size: 11, indent: 16 }) + 3,
    0,
  );
  const page = flow.frame.bottom - flow.frame.top;
  flow.heading(flow.frame.messages.t('credits.title'), 3, Math.min(list, page - 60), 'H2');
  flow.list(() => {
    for (const credit of credits) flow.bullet(credit, { size: 11 });
  });
}
