// Whether an error means the database cannot be reached right now (stopped, restarting, frozen,
// out of connections), as opposed to a bug or bad data. The HTTP layer answers the first with 503
// and Retry-After, the second with 500.

// Node's socket errors when the server is not there or goes away.
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// PostgreSQL SQLSTATEs of a server that is going down, starting up or full (class 08 is checked
// separately): admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections, and
// query_canceled, which a statement_timeout raises.
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300', '57014']);

// node-postgres raises these as plain errors without a code.
const DRIVER_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /^Query read timeout$/,
  /Client has encountered a connection error and is not queryable/,
  /^Client was closed and is not queryable$/,
];

/** True when `error` (or an error it wraps, e.g. drizzle's DrizzleQueryError) is a lost database. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  // drizzle wraps the driver's error once; a bounded walk also stops on a cause cycle.
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (SOCKET_CODES.has(code) || SERVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))
        return true;
    }
    if (
      DRIVER_MESSAGES.some((pattern) =>
        pattern.test(current instanceof Error ? current.message : ''),
      )
    )
      return true;
    current = current.cause;
  }
  return false;
}
