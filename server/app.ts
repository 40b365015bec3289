// The Express app: the search API with partner keys, CORS, rate limits, security headers,
// compression and cache headers; feeds and exports; health, metrics and the OpenAPI document;
// the search page, the widget script and (when enabled) the sample corpus as a small web site
// for the crawler. Built by a factory so tests can run it on any search service; the routes
// of each concern are in server/routes/, the app-wide middleware in middleware.ts.
// Usage: const app = createApp({ search, config, logger });

import zlib from "node:zlib";
import compression from "compression";
import express from "express";
import type { Config } from "../config/config.js";
import type { SourceStatus } from "../crawlers/source-status.js";
import type { Logger } from "../core/logger.js";
import type { FacetNames } from "./facet-names.js";
import { createMetrics, type Metrics } from "./metrics.js";
import { errorHandler, requestLogging, securityHeaders } from "./middleware.js";
import type { RecordsStatus } from "./routes/admin-routes.js";
import { apiRouter } from "./routes/api.js";
import { operationsRoutes, siteRoutes } from "./routes/site-routes.js";
import type { SearchService } from "./search-service.js";
import type { DataStats } from "./stats.js";

interface AppOptions {
  search: SearchService;
  config: Pick<Config, "sampleCorpus" | "api" | "partners"> & Partial<Pick<Config, "adminKey">>;
  logger: Logger;
  /** Pass the metrics the search service reports to; a fresh set otherwise. */
  metrics?: Metrics;
  /** Per-source crawl status for GET /api/admin/sources (with config.adminKey). */
  sourceStatuses?: () => Promise<SourceStatus[]>;
  /** Whether the records are what the running rules derive, for the same route. */
  recordsStatus?: () => RecordsStatus;
  /** Projects per source and site and the last crawls, for GET /api/stats. */
  dataStats?: () => Promise<DataStats>;
  /** Other names of facet values (abbreviations, Swedish, English), for GET /api/facet-names. */
  facetNames?: () => Promise<FacetNames>;
}

export function createApp({
  search,
  config,
  logger,
  metrics = createMetrics(),
  sourceStatuses,
  recordsStatus,
  dataStats,
  facetNames,
}: AppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use(requestLogging(logger));
  app.use(metrics.middleware);
  app.use(securityHeaders());
  // The fastest gzip level: a search answer (about 40 kB of JSON) costs a quarter of a
  // millisecond instead of half, for some 30 % more bytes (5 kB instead of 4).
  const compressed = compression({ level: zlib.constants.Z_BEST_SPEED });
  // Search answers are gzipped whole by their route (whole-body.ts); the middleware would only
  // wrap their writes for nothing (a tenth of a millisecond per search).
  app.use((req, res, next) => {
    if (req.path === "/api/search") next();
    else compressed(req, res, next);
  });
  app.use("/api", apiRouter({ search, config, sourceStatuses, recordsStatus, dataStats, facetNames }));
  app.use(operationsRoutes(search, metrics));
  app.use(siteRoutes(config.sampleCorpus));
  app.use(errorHandler(logger));
  return app;
}
