// One Hankehaku per data directory, and nothing left behind by one that crashed: the lock on
// the directory names its owner's pid, so a lock whose owner is dead (kill -9) is taken at once
// instead of refused until it goes stale; a Meilisearch orphaned by that owner is found from its
// pid file and stopped before a new one opens the same database.
// Usage: const release = await lockDataDir(dataDir, logger); await stopOrphanedMeili(pidFile, dbPath, logger); ... await release();

import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import lockfile from "proper-lockfile";
import type { Logger } from "../core/logger.js";
import { sleep } from "../core/sleep.js";

export class DataDirLockedError extends Error {
  override name = "DataDirLockedError";
}

/** True while `pid` runs; a zombie (dead, not yet reaped by its parent) counts as gone. */
export async function isRunning(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive but someone else's.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  const stat = await procText(pid, "stat");
  // Fields after the parenthesised command name: the first is the state letter.
  return !/\)\s+Z/.test(stat);
}

async function readPid(file: string): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(file, "utf8")).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function lockOnce(dataDir: string) {
  return lockfile.lock(dataDir, {
    lockfilePath: path.join(dataDir, "hankehaku.lock"),
    stale: 15_000,
    update: 5_000,
    retries: 0,
    realpath: false,
  });
}

/** Locks the data directory for this process; a lock held by a dead process is taken over. */
export async function lockDataDir(dataDir: string, logger: Logger): Promise<() => Promise<void>> {
  const ownerFile = path.join(dataDir, "hankehaku.owner");
  let release: () => Promise<void>;
  try {
    release = await lockOnce(dataDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
    const owner = await readPid(ownerFile);
    if (owner === undefined || (await isRunning(owner))) {
      throw new DataDirLockedError(
        `Another Hankehaku${owner ? ` (pid ${owner})` : ""} is already running on the data directory ${dataDir}. ` +
          `Stop it first, or give this one its own directory with HANKEHAKU_DATA_DIR.`,
      );
    }
    logger.warn({ owner }, "taking over the data directory lock of a Hankehaku that is no longer running");
    await rm(path.join(dataDir, "hankehaku.lock"), { recursive: true, force: true });
    release = await lockOnce(dataDir);
  }
  await writeFile(ownerFile, String(process.pid));
  return async () => {
    await rm(ownerFile, { force: true });
    await release();
  };
}

/** Text of /proc/<pid>/<file>, or "" when the process is gone or not ours to read. */
async function procText(pid: number, file: string): Promise<string> {
  try {
    return (await readFile(`/proc/${pid}/${file}`, "utf8")).replaceAll("\0", "\n");
  } catch {
    return "";
  }
}

/**
 * A Meilisearch left running by a crashed parent still holds the database: stop it. Only a
 * process that is Meilisearch and runs on this very database is touched (the pid may have
 * been reused by anything since).
 */
export async function stopOrphanedMeili(pidFile: string, dbPath: string, logger: Logger): Promise<void> {
  const pid = await readPid(pidFile);
  if (pid === undefined) return;
  const cmdline = await procText(pid, "cmdline");
  const environ = await procText(pid, "environ");
  if (!cmdline.includes("meilisearch") || !environ.split("\n").includes(`MEILI_DB_PATH=${dbPath}`)) return;
  logger.warn({ pid }, "stopping a Meilisearch left running by an earlier Hankehaku");
  process.kill(pid, "SIGKILL");
  // SIGKILL cannot be refused, even by a stopped process; the database is free once it is gone.
  for (let i = 0; i < 50 && (await isRunning(pid)); i++) await sleep(100);
  await rm(pidFile, { force: true });
}
