// The app-wide middleware around the routes: request logs (pino-http, with a request id and
// the partner key masked), security headers (helmet) and the error handler that turns a
// caller's mistake into a 400, an engine away into a 503 and only the rest into a logged 500.
// Usage: app.use(requestLogging(logger)); app.use(securityHeaders()); ...; app.use(errorHandler(logger));

import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import type { Logger } from "../core/logger.js";
import { BadRequestError } from "./search-request.js";
import { EngineUnavailableError } from "./engine-errors.js";

export function requestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const incoming = req.headers["x-request-id"];
      const id = typeof incoming === "string" && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
      res.setHeader("x-request-id", id);
      return id;
    },
    // The key is public but per partner: keep it out of the logs all the same.
    serializers: {
      // pino-http passes its serialized request, typed any: name the three fields read here.
      req: (req: { id: unknown; method: unknown; url: unknown }) => ({
        id: req.id,
        method: req.method,
        url: String(req.url).replace(/([?&]key=)[^&]*/, "$1…"),
      }),
    },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info",
  });
}

export function securityHeaders() {
  return helmet({
    // The widget script and the API are meant to be used from partners' pages.
    crossOriginResourcePolicy: { policy: "cross-origin" },
    contentSecurityPolicy: {
      directives: { "default-src": ["'self'"], "img-src": ["'self'", "data:"], "style-src": ["'self'"] },
    },
  });
}

export function errorHandler(logger: Logger) {
  return (error: Error, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    if (error instanceof BadRequestError) {
      res.status(400).json({ error: error.message });
    } else if (error instanceof EngineUnavailableError) {
      res.status(503).set("retry-after", String(error.retryAfterSeconds)).json({ error: error.message });
    } else if ((error as { type?: string }).type === "entity.parse.failed" || error instanceof URIError) {
      res.status(400).json({ error: "the request could not be read" });
    } else {
      logger.error({ err: error, url: req.originalUrl }, "request failed");
      res.status(500).json({ error: "internal error" });
    }
  };
}
