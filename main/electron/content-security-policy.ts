/**
 * The shell's Content-Security-Policy, set as a response header on every page it loads
 * (the host sends its own too; the stricter of both applies). Everything is bundled, so
 * nothing but the app's own origin is needed.
 */
export const APP_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export type ResponseHeaders = Record<string, string[] | string>;

/** Response headers with our CSP in place of any the server sent. */
export function withContentSecurityPolicy(headers: ResponseHeaders | undefined): ResponseHeaders {
  const next: ResponseHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') next[name] = value;
  }
  next['Content-Security-Policy'] = [APP_CONTENT_SECURITY_POLICY];
  return next;
}
