// The /api router: partner keys and CORS first, then the rate limit (per partner key, or per
// client IP without one), then the routes of each concern, and a JSON 404 for anything else.
// Usage: app.use("/api", apiRouter({ search, config, sourceStatuses, recordsStatus, dataStats, facetNames }));

import express from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import type { Config } from "../../config/config.js";
import type { SourceStatus } from "../../crawlers/source-status.js";
import { partnerAccess, partnerOf } from "../partners.js";
import type { SearchService } from "../search-service.js";
import { adminRoutes, type RecordsStatus } from "./admin-routes.js";
import { createRouteContext } from "./context.js";
import { dataRoutes, type DataSources } from "./data-routes.js";
import { feedRoutes } from "./feed-routes.js";
import { projectRoutes } from "./project-routes.js";
import { searchRoutes } from "./search-routes.js";

interface ApiOptions extends DataSources {
  search: SearchService;
  config: Pick<Config, "api" | "partners"> & Partial<Pick<Config, "adminKey">>;
  sourceStatuses?: () => Promise<SourceStatus[]>;
  recordsStatus?: () => RecordsStatus;
}

export function apiRouter(options: ApiOptions): express.Router {
  const { search, config, sourceStatuses, recordsStatus, dataStats, facetNames } = options;
  const api = express.Router();
  api.use(partnerAccess(config.partners));
  api.use(rateLimited(config.api.rateLimitPerMinute));
  const context = createRouteContext(search, config.api.cacheSeconds);
  api.use(searchRoutes(context));
  api.use(projectRoutes(context));
  api.use(feedRoutes(context));
  api.use(dataRoutes(context, { dataStats, facetNames }));
  api.use(adminRoutes(config.adminKey, sourceStatuses, recordsStatus));
  api.use((req, res) => {
    res.status(404).json({ error: `no such endpoint: ${req.method} /api${req.path}` });
  });
  return api;
}

/** A partner's own limit under its key; `publicLimit` requests a minute per IP otherwise. */
function rateLimited(publicLimit: number) {
  return rateLimit({
    windowMs: 60_000,
    limit: (_req, res) => partnerOf(res)?.config.rateLimitPerMinute ?? publicLimit,
    keyGenerator: (req, res) => {
      const partner = partnerOf(res);
      return partner ? `key:${partner.config.key}` : ipKeyGenerator(req.ip ?? "unknown");
    },
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (_req, res) => {
      res.status(429).json({ error: "too many requests; slow down and try again in a minute" });
    },
  });
}
