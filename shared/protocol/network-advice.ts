/**
 * The network check's advice as codes with their values: the host decides what to advise, the
 * console words it from its catalog (`network.advice.<code>`) in the counselor's language.
 */
export type NetworkAdvice =
  | { code: 'noAddress' }
  | { code: 'unreachable'; addresses: string; port: number }
  | { code: 'virtualOnly' }
  | { code: 'guestWifi' }
  | { code: 'testPage'; port: number; path: string }
  | { code: 'joinLoopback'; address: string }
  | { code: 'joinUnanswered'; address: string }
  | { code: 'windowsBlocked' }
  | { code: 'windowsPublic' }
  | { code: 'macBlocked' }
  | { code: 'macBlockAll' };

export type NetworkAdviceCode = NetworkAdvice['code'];
