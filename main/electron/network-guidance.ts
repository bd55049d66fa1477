/**
 * What to answer when the operating system asks about the network, said at the moment it
 * asks: the first time the host opens the participant door (issue 19).
 */
export interface NetworkGuidance {
  title: string;
  message: string;
  detail: string;
}

const WHY =
  'Phones in the room join your session over this Wi-Fi, so the laptop must accept their ' +
  'connections. Nothing goes to the internet.';

export function networkGuidanceFor(platform: NodeJS.Platform): NetworkGuidance | null {
  switch (platform) {
    case 'win32':
      return {
        title: 'Windows will ask about the firewall',
        message:
          'Windows Defender Firewall is about to ask whether Circlework may communicate on networks.',
        detail:
          `${WHY}\n\nTick "Private networks" and choose "Allow access". If you choose "Cancel", ` +
          'phones cannot join; you can allow it later under Windows Security → Firewall & network ' +
          'protection → Allow an app through firewall.',
      };
    case 'darwin':
      return {
        title: 'macOS will ask about the network',
        message:
          'macOS may ask whether Circlework may find devices on your local network or accept incoming connections.',
        detail:
          `${WHY}\n\nChoose "Allow". If you chose "Don't Allow", turn it on later in System ` +
          'Settings → Privacy & Security → Local Network, and in Network → Firewall → Options.',
      };
    case 'linux':
      return {
        title: 'If phones cannot connect',
        message: 'If this computer runs a firewall (ufw, firewalld), it may keep phones out.',
        detail: `${WHY}\n\nAllow incoming connections to Circlework's participant port (shown in the network check) on your local network.`,
      };
    default:
      return null;
  }
}

/** Windows and macOS ask the counselor on first use; other systems stay silent. */
export function systemAsksOnFirstRun(platform: NodeJS.Platform): boolean {
  return platform === 'win32' || platform === 'darwin';
}
