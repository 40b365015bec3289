// GET /api/stats and /api/facet-names: what the search page's "about the data" and its facet
// value search read: projects per source and site with the last crawls (a 404 where the server
// has no statistics), and the other names of facet values (abbreviations, Swedish, English).
// Usage: api.use(dataRoutes(context, { dataStats, facetNames }));

import express from "express";
import type { FacetNames } from "../facet-names.js";
import type { DataStats } from "../stats.js";
import type { RouteContext } from "./context.js";

export interface DataSources {
  dataStats?: (() => Promise<DataStats>) | undefined;
  facetNames?: (() => Promise<FacetNames>) | undefined;
}

const FACET_NAMES_SECONDS = 3600;

export function dataRoutes({ cacheable }: RouteContext, { dataStats, facetNames }: DataSources): express.Router {
  const router = express.Router();

  router.get("/stats", async (_req, res) => {
    if (!dataStats) {
      res.status(404).json({ error: "statistics are not available on this server" });
      return;
    }
    cacheable(res);
    res.json(await dataStats());
  });

  router.get("/facet-names", async (_req, res) => {
    res.set("cache-control", `public, max-age=${FACET_NAMES_SECONDS}`);
    res.json(facetNames ? await facetNames() : {});
  });

  return router;
}
