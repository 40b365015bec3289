// The errors that mean "the search engine cannot answer right now": the API answers them with
// 503 and a Retry-After (server/middleware.ts), never a 500.
// Usage: throw new EngineUnavailableError("the search engine is not reachable right now");

export class EngineUnavailableError extends Error {
  override name = "EngineUnavailableError";
  /** What the 503's Retry-After says: a restarting engine takes seconds. */
  readonly retryAfterSeconds: number = 5;
}
