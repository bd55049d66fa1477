import type { Page } from 'playwright-core';

/**
 * A finger put down at `start`, moved straight up or down in eight steps to `endY`, then lifted:
 * touch events through the DevTools protocol, as a touchscreen sends them (the browser derives
 * the pointer events and `changedTouches` on lift). `beforeLift` runs while the finger is still
 * down, to look at the page mid-drag. The page's context needs `hasTouch`.
 */
export async function dragWithFinger(
  page: Page,
  start: { x: number; y: number },
  endY: number,
  beforeLift: () => Promise<void>,
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x: start.x, y, id: 1 }],
    });
  await touch('touchStart', start.y);
  for (let i = 1; i <= 8; i += 1) await touch('touchMove', start.y + ((endY - start.y) * i) / 8);
  await beforeLift();
  await touch('touchEnd', endY);
  await cdp.detach();
}
