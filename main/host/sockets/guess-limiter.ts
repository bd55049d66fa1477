import { TokenBucket } from './token-bucket.js';

export interface GuessLimit {
  /** Wrong guesses an address may make at once… */
  burst: number;
  /** …and per second after that. */
  perSecond: number;
  /** Addresses remembered at most; the least recently seen is forgotten first. */
  maxAddresses: number;
}

/** ~10 typos at once, then one try a second: a person never notices, a script crawls. */
export const DEFAULT_GUESS_LIMIT: GuessLimit = { burst: 10, perSecond: 1, maxAddresses: 4096 };

/** How often one address's refused tries are summed up in the log. */
const REPORT_EVERY_MS = 60_000;

interface Entry {
  bucket: TokenBucket;
  refused: number;
  reportedAt: number;
}

/**
 * Wrong room codes and unknown resume tokens per remote address, however many connections the
 * address opens. Only misses cost: an address that only ever joins never gets an entry.
 */
export class GuessLimiter {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly limit: GuessLimit = DEFAULT_GUESS_LIMIT,
    private readonly report: (address: string, refused: number) => void = () => {},
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Whether a guess from `address` may be checked at all; when not, it must not be checked. */
  mayTry(address: string): boolean {
    const entry = this.touch(address, false);
    if (!entry || entry.bucket.canTake()) return true;
    this.refused(address, entry);
    return false;
  }

  /** A guess from `address` was wrong; false when the address had no tries left. */
  missed(address: string): boolean {
    const entry = this.touch(address, true)!;
    if (entry.bucket.take()) return true;
    this.refused(address, entry);
    return false;
  }

  /** One use of `address`'s allowance (a seat, for the join limit); false when none is left. */
  take(address: string): boolean {
    return this.missed(address);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Finds (or makes) the entry and moves it to the end: Map order is least recently seen first. */
  private touch(address: string, create: boolean): Entry | undefined {
    let entry = this.entries.get(address);
    if (entry) {
      this.entries.delete(address);
    } else {
      if (!create) return undefined;
      entry = {
        bucket: new TokenBucket(this.limit.burst, this.limit.perSecond, this.now),
        refused: 0,
        reportedAt: Number.NEGATIVE_INFINITY,
      };
      while (this.entries.size >= this.limit.maxAddresses) {
        this.entries.delete(this.entries.keys().next().value!);
      }
    }
    this.entries.set(address, entry);
    return entry;
  }

  /** One log line per address per minute at most, however hard it tries. */
  private refused(address: string, entry: Entry): void {
    entry.refused += 1;
    const now = this.now();
    if (now - entry.reportedAt < REPORT_EVERY_MS) return;
    this.report(address, entry.refused);
    entry.refused = 0;
    entry.reportedAt = now;
  }
}

/** The same device whether it arrived over IPv4 or as an IPv4-mapped IPv6 address. */
export function remoteAddressKey(address: string | undefined): string {
  if (!address) return 'unknown';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}
