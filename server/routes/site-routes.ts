// What is not the API: /health (503 while Meilisearch is away), /metrics for Prometheus,
// /openapi.json, the widget script, the sample corpus under /sample/ when it is on, and the
// search page itself (versioned static files, static-files.ts).
// Usage: app.use(operationsRoutes(search, metrics)); app.use(siteRoutes(config.sampleCorpus));

import express from "express";
import { PUBLIC_DIR, SAMPLE_SITE_DIR, WIDGET_FILE } from "../../core/paths.js";
import type { Metrics } from "../metrics.js";
import { openApiDocument } from "../openapi.js";
import type { SearchService } from "../search-service.js";
import { staticFiles } from "../static-files.js";

export function operationsRoutes(search: SearchService, metrics: Metrics): express.Router {
  const router = express.Router();
  router.get("/health", async (_req, res) => {
    const meilisearch = await search.isHealthy();
    res.set("cache-control", "no-store");
    res
      .status(meilisearch ? 200 : 503)
      .json({ status: meilisearch ? "ok" : "degraded", meilisearch: meilisearch ? "reachable" : "unreachable" });
  });
  router.get("/metrics", async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  router.get("/openapi.json", (req, res) => {
    res.json(openApiDocument(`${req.protocol}://${req.get("host") ?? "localhost"}`));
  });
  return router;
}

export function siteRoutes(sampleCorpus: boolean): express.Router {
  const router = express.Router();
  router.get("/widget.js", (_req, res) => {
    res.set("cache-control", "public, max-age=300");
    res.type("application/javascript").sendFile(WIDGET_FILE);
  });
  if (sampleCorpus) router.use("/sample", express.static(SAMPLE_SITE_DIR, { extensions: ["html"] }));
  router.use(staticFiles(PUBLIC_DIR));
  return router;
}
