// Starts an HTTP server for an Express app and resolves once it listens.
// Usage: const server = await listen(app, 8080, "127.0.0.1");

import type { Server } from "node:http";
import type express from "express";

/** An HTTP server for `app` once it listens; a busy port is an error, not a crash. */
export function listen(app: express.Express, port: number, host: string): Promise<Server> {
  return new Promise<Server>((resolve, reject) => {
    const listening = app.listen(port, host, () => resolve(listening));
    listening.once("error", reject);
  });
}
