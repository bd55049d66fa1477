/** What the phone remembers between visits. Only opaque ids, never answers or names. */
const TOKEN_KEY = 'circlework.resumeToken';
const AGREED_KEY = 'circlework.agreedSession';

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // private mode or storage disabled: the app still works, it just won't resume
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // storage unavailable: nothing to remember
  }
}

export const localMemory = {
  resumeToken: () => read(TOKEN_KEY),
  setResumeToken: (token: string | null) => write(TOKEN_KEY, token),
  agreedSession: () => read(AGREED_KEY),
  setAgreedSession: (sessionId: string) => write(AGREED_KEY, sessionId),
};
