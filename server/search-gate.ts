// Bounds how many calls the API has in flight to Meilisearch at once, so that under load
// requests wait their turn here, in Node, instead of inside the engine: each call then takes the
// engine milliseconds, its 3 s timeout keeps meaning "hung" rather than "busy", and the engine's
// health check stays answered. A call waits at most `maxWaitMs` (and at most `maxQueued` wait):
// beyond that the engine is truly overloaded and the caller gets EngineBusyError (503 with a
// short Retry-After). When a call times out, the engine hangs: everyone waiting behind it is
// answered at once with EngineUnavailableError instead of queueing for the same fate.
// Usage: const gate = createSearchGate({ concurrency: 4 }); await gate.run(() => client.multiSearch(body));
//        gate.failWaiting(new EngineUnavailableError("...")) after a timeout.

import { setMaxListeners } from "node:events";
import os from "node:os";
import PQueue from "p-queue";
import { EngineUnavailableError } from "./engine-errors.js";

/** Too many searches are waiting for the engine: try again in a moment. */
export class EngineBusyError extends EngineUnavailableError {
  override name = "EngineBusyError";
  override readonly retryAfterSeconds = 1;
}

export interface SearchGateOptions {
  /**
   * Calls in flight at once. Meilisearch runs as many searches side by side as it has cores and
   * queues the rest; four per core keep it fed while answers travel back and the app (on a busy
   * machine, descheduled) gets round to sending the next, yet a call waits behind only a handful
   * inside the engine: milliseconds, far from its timeout. Measured at 64 clients, two filters:
   * cores + 2 gave 0.69 of direct throughput, four per core 1.31.
   */
  concurrency?: number;
  /**
   * Longest wait for a turn before EngineBusyError. Generous: on a shared 2-core machine 64
   * clients of three-request searches waited up to 11 s for the engine, sent directly or not,
   * and an answer late is better than none. A hung engine does not make callers wait this
   * long: its first timeout fails everyone waiting (failWaiting).
   */
  maxWaitMs?: number;
  /** Most calls waiting at once; one more is refused at once with EngineBusyError. */
  maxQueued?: number;
}

export interface SearchGate {
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Rejects every call still waiting with `reason` (the ones running keep their own timeout). */
  failWaiting(reason: Error): void;
  readonly waiting: number;
  readonly running: number;
}

/** Every waiting call listens to it: no limit on listeners, or Node warns of a leak past ten. */
function waitingSignal(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}

export const defaultSearchConcurrency = () => 4 * os.availableParallelism();

export function createSearchGate({
  concurrency = defaultSearchConcurrency(),
  maxWaitMs = 30_000,
  maxQueued = 10_000,
}: SearchGateOptions = {}): SearchGate {
  const queue = new PQueue({ concurrency });
  let waitingOn = waitingSignal();
  return {
    async run(work) {
      // A free turn: nothing to wait for, so no timer and no signal to set up.
      if (queue.pending < concurrency && queue.size === 0) return queue.add(work);
      if (queue.size >= maxQueued) throw new EngineBusyError(`${queue.size} searches are waiting for the engine`);
      const own = new AbortController();
      let started = false;
      const giveUp = (reason: unknown) => {
        if (!started) own.abort(reason);
      };
      const timer = setTimeout(
        () => giveUp(new EngineBusyError(`no turn at the search engine within ${maxWaitMs} ms`)),
        maxWaitMs,
      );
      // Only while the call waits: once it runs, its own timeout applies.
      const drain = waitingOn.signal;
      const onDrain = () => giveUp(drain.reason);
      drain.addEventListener("abort", onDrain, { once: true });
      try {
        return await queue.add(
          () => {
            started = true;
            clearTimeout(timer);
            return work();
          },
          { signal: own.signal },
        );
      } finally {
        clearTimeout(timer);
        drain.removeEventListener("abort", onDrain);
      }
    },
    failWaiting(reason) {
      if (queue.size === 0) return;
      waitingOn.abort(reason);
      waitingOn = waitingSignal();
    },
    get waiting() {
      return queue.size;
    },
    get running() {
      return queue.pending;
    },
  };
}
