// Writes to the search engine that wait out an engine that is away (restarting, killed, the
// network down) instead of failing the crawl: each failed attempt is logged and tried again after
// a growing pause (p-retry: 0.5 s doubling up to 15 s), until `maxWaitMs` (10 minutes by default)
// has passed. An error the engine gave on purpose (a rejected document: `isPermanent`) is not
// retried. The crawl waits meanwhile, so nothing is fetched that could not be indexed.
// Usage: const upsert = retryingWrites(deps.upsert, { logger, what: "upsert", isPermanent });

import pRetry from "p-retry";
import { messageOf } from "../core/errors.js";
import type { Logger } from "../core/logger.js";

interface RetryOptions {
  logger: Logger;
  /** What is written, for the logs. */
  what: string;
  /** Errors not worth another try; by default every error is retried. */
  isPermanent?: (error: unknown) => boolean;
  maxWaitMs?: number;
  minDelayMs?: number;
  maxDelayMs?: number;
}

export function retryingWrites<T extends unknown[]>(
  write: (...args: T) => Promise<void>,
  options: RetryOptions,
): (...args: T) => Promise<void> {
  const { logger, what, isPermanent = () => false } = options;
  return (...args: T) =>
    pRetry(() => write(...args), {
      retries: Number.MAX_SAFE_INTEGER,
      factor: 2,
      minTimeout: options.minDelayMs ?? 500,
      maxTimeout: options.maxDelayMs ?? 15_000,
      maxRetryTime: options.maxWaitMs ?? 600_000,
      shouldRetry: ({ error }) => !isPermanent(error),
      onFailedAttempt: ({ error, attemptNumber }) => {
        if (isPermanent(error)) return;
        logger.warn(
          { err: messageOf(error), attempt: attemptNumber },
          `${what} failed; the engine may be away, retrying`,
        );
      },
    });
}
