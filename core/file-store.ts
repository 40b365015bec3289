// The three things every persisted file of Hankehaku needs, written once: read a file that may
// not exist yet, replace a file atomically (a temporary file renamed over it, so a crash never
// leaves half a file), and a queue that runs writes one after another (so appends never
// interleave and two updates never overwrite each other).
// Usage: const text = await readIfExists(file); await writeAtomic(file, JSON.stringify(state));
//        const queue = createSerialQueue(); await queue.run(() => appendFile(file, line));

import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/** The file's bytes, or undefined when it does not exist (any other error is thrown). */
export async function readBytesIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** The file's text (UTF-8), or undefined when it does not exist. */
export async function readIfExists(file: string): Promise<string | undefined> {
  return (await readBytesIfExists(file))?.toString("utf8");
}

/** Replaces `file` with `data`, creating its folder; readers see the old or the new file, never half. */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}

interface SerialQueue {
  /** Runs `task` after every task queued before it; its failure is the caller's, not the queue's. */
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Settles once everything queued so far has run. */
  idle(): Promise<void>;
}

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const next = tail.then(task);
      tail = next.catch(() => undefined);
      return next;
    },
    idle: () => tail.then(() => undefined),
  };
}
