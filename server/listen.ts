// Starts an HTTP server for an Express app and resolves once it listens; a port that is taken
// or an address that cannot be used rejects with a ListenError that says which, in one line.
// Usage: const server = await listen(app, 8080, "127.0.0.1");

import { createServer, type Server } from "node:http";
import type express from "express";

class ListenError extends Error {
  override name = "ListenError";
}

/** What a person can act on, from the code Node gives for a failed listen. */
function listenProblem(error: NodeJS.ErrnoException, port: number, host: string): string {
  switch (error.code) {
    case "EADDRINUSE":
      return `port ${port} on ${host} is already in use; stop what uses it or set PORT to another port`;
    case "EACCES":
      return `not allowed to listen on port ${port} on ${host}; use a port above 1023 (PORT)`;
    case "EADDRNOTAVAIL":
      return `HOST=${host} is not an address of this machine; use 127.0.0.1, 0.0.0.0 or one of its addresses`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `HOST=${host} is not a known host name or address; use 127.0.0.1, 0.0.0.0 or one of its addresses`;
    default:
      return `cannot listen on ${host}:${port}: ${error.message}`;
  }
}

/**
 * An HTTP server for `app` once it listens. Not app.listen(): Express 5 calls its callback on
 * error too, and the caller then finds no address ("Cannot destructure property 'port'").
 */
export function listen(app: express.Express, port: number, host: string): Promise<Server> {
  return new Promise<Server>((resolve, reject) => {
    const server = createServer(app);
    const onError = (error: NodeJS.ErrnoException) => reject(new ListenError(listenProblem(error, port, host)));
    server.once("error", onError);
    server.listen(port, host, () => {
      server.removeListener("error", onError);
      resolve(server);
    });
  });
}
