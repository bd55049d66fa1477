/**
 * The few globals that both of shared/'s runtimes (Node and the browsers) provide, declared here
 * because shared/ is checked with neither Node's nor the DOM's types (DESIGN.md §2).
 */
declare function structuredClone<T>(value: T): T;
