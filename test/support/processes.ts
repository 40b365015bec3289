// Runs Hankehaku's command line as a real child process for fault tests: its stderr collected,
// lines awaited, exit awaited with a deadline, and process trees inspected through /proc.
// Usage: const app = spawnCli(["serve"], { HANKEHAKU_DATA_DIR: dir }); await app.waitForLine(/is running/);

import { spawn, type ChildProcess } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { isRunning } from "../../indexer/data-dir-lock.js";
import { REPO_ROOT } from "../../core/paths.js";
import { sleep } from "../../core/sleep.js";

export interface Spawned {
  child: ChildProcess;
  pid: number;
  stderr(): string;
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** The exit code or signal, or "running" if it has not exited within `timeoutMs`. */
  exit(timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null } | "running">;
}

/** Environment for a child that starts quietly: no sample corpus, no live sources unless configured. */
export function quietEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HANKEHAKU_SAMPLE_CORPUS: "false", PORT: "0", LOG_LEVEL: "info" };
  for (const key of ["MEILI_URL", "MEILI_MASTER_KEY", "HOST", "HANKEHAKU_CONFIG"]) delete env[key];
  return { ...env, ...extra };
}

export function spawnProcess(command: string, args: string[], env: NodeJS.ProcessEnv): Spawned {
  const child = spawn(command, args, { cwd: REPO_ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  const waiters = new Set<() => void>();
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
    for (const wake of waiters) wake();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  return {
    child,
    pid: child.pid,
    stderr: () => stderr,
    waitForLine(pattern, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const line = stderr.split("\n").find((candidate) => pattern.test(candidate));
          if (line === undefined) return;
          cleanup();
          resolve(line);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms; stderr:\n${stderr.slice(-2000)}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        void exited.then(() => setTimeout(check, 10));
        waiters.add(check);
        check();
      });
    },
    async exit(timeoutMs) {
      const timeout = new Promise<"running">((resolve) => setTimeout(() => resolve("running"), timeoutMs).unref());
      return Promise.race([exited, timeout]);
    },
  };
}

/** `hankehaku <args>` as `npm run cli` runs it (node with the tsx loader, no build step). */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv): Spawned {
  return spawnProcess(process.execPath, ["--import", "tsx", "app/cli.ts", ...args], env);
}

/** Every live descendant of `pid` (children, grandchildren, …), from /proc. */
export async function descendants(pid: number): Promise<number[]> {
  const parents = new Map<number, number[]>();
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // Gone while we looked.
    }
  }
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const child of parents.get(parent) ?? []) {
      found.push(child);
      visit(child);
    }
  };
  visit(pid);
  return found;
}

/** Waits until none of `pids` runs; returns those still running after `timeoutMs`. */
export async function awaitGone(pids: number[], timeoutMs: number): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const running = (await Promise.all(pids.map(async (pid) => ((await isRunning(pid)) ? pid : 0)))).filter(Boolean);
    if (running.length === 0 || Date.now() >= deadline) return running;
    await sleep(100);
  }
}

export async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await sleep(50);
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}
