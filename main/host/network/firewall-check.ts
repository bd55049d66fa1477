import type { NetworkAdvice } from '../../../shared/protocol/network-advice.js';
import { execFile } from 'node:child_process';

/**
 * Whether the laptop's own firewall keeps phones out. The network check's probe runs on the
 * laptop itself, where the firewall does not apply, so it cannot see this; the firewall's own
 * state can. Read-only commands, no administrator rights; "unknown" whenever in doubt.
 */
export type FirewallVerdict =
  { state: 'blocked'; advice: NetworkAdvice } | { state: 'open' } | { state: 'unknown' };

export type RunCommand = (file: string, args: string[]) => Promise<string>;

const runCommand: RunCommand = (file, args) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 8000, windowsHide: true }, (error, stdout) =>
      error ? reject(error) : resolve(String(stdout)),
    );
  });

const WINDOWS_BLOCKED: NetworkAdvice = { code: 'windowsBlocked' };
const WINDOWS_PUBLIC: NetworkAdvice = { code: 'windowsPublic' };
const MAC_BLOCKED: NetworkAdvice = { code: 'macBlocked' };
const MAC_BLOCK_ALL: NetworkAdvice = { code: 'macBlockAll' };

/** PowerShell: the inbound rules for this program, and whether the current network is public. */
export function windowsFirewallScript(program: string): string {
  const quoted = `'${program.replace(/'/g, "''")}'`;
  return [
    `$rules = @(Get-NetFirewallApplicationFilter -Program ${quoted} -ErrorAction SilentlyContinue | Get-NetFirewallRule | Where-Object { $_.Enabled -eq 'True' -and $_.Direction -eq 'Inbound' })`,
    `$allow = @($rules | Where-Object { $_.Action -eq 'Allow' } | ForEach-Object { [string]$_.Profile })`,
    `$block = @($rules | Where-Object { $_.Action -eq 'Block' } | ForEach-Object { [string]$_.Profile })`,
    `$categories = @(Get-NetConnectionProfile | ForEach-Object { [string]$_.NetworkCategory })`,
    `"allow=$($allow -join ',')"; "block=$($block -join ',')"; "networks=$($categories -join ',')"`,
  ].join('; ');
}

/** Reads windowsFirewallScript's three lines ("Private, Public" profiles; "Any" covers all). */
export function parseWindowsFirewall(output: string): FirewallVerdict {
  const field = (name: string) => {
    const line = output.split(/\r?\n/).find((l) => l.startsWith(`${name}=`));
    if (line === undefined) return null;
    return line
      .slice(name.length + 1)
      .split(/[,\s]+/)
      .filter(Boolean)
      .map((v) => v.toLowerCase());
  };
  const allow = field('allow');
  const block = field('block');
  const networks = field('networks');
  if (!allow || !block || !networks || networks.length === 0) return { state: 'unknown' };
  const covers = (profiles: string[], network: string) =>
    profiles.includes('any') || profiles.includes(network);
  // Domain networks are managed by the clinic's IT; only Private and Public are judged here.
  const judged = networks.filter((n) => n === 'private' || n === 'public');
  if (judged.length === 0) return { state: 'unknown' };
  const shut = judged.filter((n) => covers(block, n) || (n === 'public' && !covers(allow, n)));
  if (shut.length === 0)
    return judged.every((n) => covers(allow, n)) ? { state: 'open' } : { state: 'unknown' };
  // Allowed on private networks but this Wi-Fi is public: the fix is the network's category.
  if (shut.every((n) => n === 'public') && covers(allow, 'private') && !covers(block, 'private')) {
    return { state: 'blocked', advice: WINDOWS_PUBLIC };
  }
  if (shut.some((n) => covers(block, n))) return { state: 'blocked', advice: WINDOWS_BLOCKED };
  return { state: 'unknown' };
}

/** Reads socketfilterfw's answers (--getglobalstate, --getblockall, --getappblocked). */
export function parseMacFirewall(global: string, blockAll: string, app: string): FirewallVerdict {
  if (/disabled|State = 0/i.test(global)) return { state: 'open' };
  if (!/enabled|State = [12]/i.test(global)) return { state: 'unknown' };
  if (/block all INCOMING|State = 2|blockall.*enabled/i.test(blockAll)) {
    return { state: 'blocked', advice: MAC_BLOCK_ALL };
  }
  if (/is blocked/i.test(app)) return { state: 'blocked', advice: MAC_BLOCKED };
  if (/is permitted/i.test(app)) return { state: 'open' };
  return { state: 'unknown' };
}

/** The macOS .app bundle around an executable path (…/Circlework.app/Contents/MacOS/…). */
export function macAppBundle(executable: string): string {
  const at = executable.indexOf('.app/');
  return at === -1 ? executable : executable.slice(0, at + 4);
}

/** Asks the operating system's firewall about this program; never throws. */
export async function checkFirewall(
  platform: NodeJS.Platform = process.platform,
  program: string = process.execPath,
  run: RunCommand = runCommand,
): Promise<FirewallVerdict> {
  try {
    if (platform === 'win32') {
      const script = windowsFirewallScript(program);
      return parseWindowsFirewall(
        await run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', script]),
      );
    }
    if (platform === 'darwin') {
      const tool = '/usr/libexec/ApplicationFirewall/socketfilterfw';
      const [global, blockAll, app] = await Promise.all([
        run(tool, ['--getglobalstate']),
        run(tool, ['--getblockall']),
        run(tool, ['--getappblocked', macAppBundle(program)]),
      ]);
      return parseMacFirewall(global, blockAll, app);
    }
  } catch {
    // A missing tool or a policy that forbids asking: we just do not know.
  }
  return { state: 'unknown' };
}
