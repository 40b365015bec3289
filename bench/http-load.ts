// Load generation for the API bench: keep-alive HTTP over node:http (no fetch, so no gzip and no
// delayed-ACK stall on the client side), closed-loop clients, and latency percentiles.
// Usage: const agent = keepAliveAgent(); const send = post(agent, url, headers);
//        const row = await load(8, 400, (i) => send(bodies[i]));

import http from "node:http";
import { percentile } from "./stats.js";

export interface LoadRow {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
}

export const keepAliveAgent = () => new http.Agent({ keepAlive: true, maxSockets: 256 });

/** One request; resolves when the whole body has arrived, rejects on a status other than 200. */
export function request(
  agent: http.Agent,
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: string,
) {
  return new Promise<void>((resolve, reject) => {
    const req = http.request(url, { method, agent, headers }, (res) => {
      res.on("data", () => {});
      res.on("end", () =>
        res.statusCode === 200 ? resolve() : reject(new Error(`${url} answered ${res.statusCode}`)),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** `requests` sends by `concurrency` closed-loop clients; errors are counted, not thrown. */
export async function load(
  concurrency: number,
  requests: number,
  send: (i: number) => Promise<void>,
): Promise<LoadRow> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  const client = async () => {
    while (next < requests) {
      const i = next++;
      const begun = performance.now();
      await send(i).catch(() => (errors += 1));
      latencies.push(performance.now() - begun);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: requests / seconds,
    errors,
  };
}

/** CPU time (user + system, or system only: ms) a process has used so far, from /proc (Linux). */
export async function cpuMs(pid: number, which: "all" | "system" = "all"): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const system = Number(fields[12]);
  const ticks = which === "system" ? system : Number(fields[11]) + system;
  return ticks * 10; // CLK_TCK is 100 on Linux
}
