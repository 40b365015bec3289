// Prometheus metrics (prom-client) for /metrics: HTTP request latency by route and status,
// Meilisearch call latency by operation and outcome, and errors. One registry per app, so
// tests and several apps in one process do not share counters.
// Usage: const metrics = createMetrics(); app.use(metrics.middleware); metrics.engineCall(...)

import type { NextFunction, Request, Response } from "express";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: "hankehaku_http_request_duration_seconds",
    help: "HTTP request latency",
    labelNames: ["method", "route", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const engineDuration = new Histogram({
    name: "hankehaku_meilisearch_request_duration_seconds",
    help: "Latency of calls to Meilisearch",
    labelNames: ["operation", "outcome"],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const errors = new Counter({
    name: "hankehaku_http_errors_total",
    help: "Responses with status 5xx, by route",
    labelNames: ["route", "status"],
    registers: [registry],
  });
  return {
    registry,
    // Arrow functions, so both can be passed around unbound (app.use(metrics.middleware)).
    middleware: (req: Request, res: Response, next: NextFunction) => {
      const stop = httpDuration.startTimer({ method: req.method });
      res.once("finish", () => {
        // The route pattern, not the URL: /api/projects/:id, so ids do not explode the labels.
        // Express types req.route as any; the matched route, when there is one, has a path.
        const routePath = (req.route as { path?: unknown } | undefined)?.path;
        const route =
          typeof routePath === "string"
            ? `${req.baseUrl}${routePath}`
            : res.statusCode === 404
              ? "unmatched"
              : req.baseUrl || req.path;
        stop({ route, status: String(res.statusCode) });
        if (res.statusCode >= 500) errors.inc({ route, status: String(res.statusCode) });
      });
      next();
    },
    engineCall: (operation: string, seconds: number, outcome: "ok" | "error") => {
      engineDuration.observe({ operation, outcome }, seconds);
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
