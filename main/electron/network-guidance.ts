import { shellMessages, type ShellMessages } from './i18n/shell-messages.js';

/**
 * What to answer when the operating system asks about the network, said at the moment it
 * asks: the first time the host opens the participant door (issue 19).
 */
export interface NetworkGuidance {
  title: string;
  message: string;
  detail: string;
}

export function networkGuidanceFor(
  platform: NodeJS.Platform,
  { t }: ShellMessages = shellMessages('en'),
): NetworkGuidance | null {
  const why = t('network.why');
  switch (platform) {
    case 'win32':
      return {
        title: t('network.windowsTitle'),
        message: t('network.windows'),
        detail: t('network.windowsDetail', { why }),
      };
    case 'darwin':
      return {
        title: t('network.macTitle'),
        message: t('network.mac'),
        detail: t('network.macDetail', { why }),
      };
    case 'linux':
      return {
        title: t('network.linuxTitle'),
        message: t('network.linux'),
        detail: t('network.linuxDetail', { why }),
      };
    default:
      return null;
  }
}

/** Windows and macOS ask the counselor on first use; other systems stay silent. */
export function systemAsksOnFirstRun(platform: NodeJS.Platform): boolean {
  return platform === 'win32' || platform === 'darwin';
}
