/**
 * The browser build of `qrcode`, the one Vite bundles. Typed here because `@types/qrcode` pulls
 * Node's types into the renderer, where no Node global may compile (issue 18).
 */
declare module 'qrcode/lib/browser.js' {
  interface SvgOptions {
    type: 'svg';
    margin?: number;
    errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
  }
  export function toString(text: string, options: SvgOptions): Promise<string>;
}
