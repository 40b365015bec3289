// Small helpers for errors of unknown shape (anything can be thrown in JavaScript).
// Usage: logger.warn({ err: messageOf(error) }, "...")

/** The message of whatever was thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
