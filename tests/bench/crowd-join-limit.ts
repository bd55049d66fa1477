/** For a crowd that joins from one loopback address, far past the default per-address limit. */
export const CROWD_JOIN_LIMIT = { burst: 100_000, perSecond: 1000, maxAddresses: 16 };
