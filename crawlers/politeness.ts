// One request at a time per host, at least `delayMs` (or the host's Crawl-delay) apart, while
// different hosts are crawled side by side up to a concurrency limit. Small sites stay
// responsive; a crawl of many sites is still fast.
// Usage: const polite = createPoliteness({ concurrency: 4, delayFor: (host) => 1000 });
//        await polite.run(host, () => fetchPage(url));

import { sleep } from "../core/sleep.js";

interface PolitenessOptions {
  concurrency: number;
  delayFor: (host: string) => number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface Politeness {
  run<T>(host: string, work: () => Promise<T>): Promise<T>;
}

export function createPoliteness(options: PolitenessOptions): Politeness {
  const now = options.now ?? (() => performance.now());
  const pause = options.sleep ?? sleep;
  const hostTail = new Map<string, Promise<unknown>>();
  const lastStart = new Map<string, number>();
  let running = 0;
  const waiting: (() => void)[] = [];

  const acquire = async () => {
    if (running < options.concurrency) {
      running++;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };

  return {
    run(host, work) {
      const previous = hostTail.get(host) ?? Promise.resolve();
      const turn = previous
        .catch(() => {})
        .then(async () => {
          const last = lastStart.get(host);
          const wait = last === undefined ? 0 : last + options.delayFor(host) - now();
          if (wait > 0) await pause(wait);
          await acquire();
          lastStart.set(host, now());
          try {
            return await work();
          } finally {
            release();
          }
        });
      hostTail.set(host, turn);
      return turn;
    },
  };
}
