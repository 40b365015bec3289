// GET /api/feed.atom and /api/export.csv: a search as an Atom feed of its newest projects
// (to follow it) and as a spreadsheet of up to EXPORT_LIMIT rows.
// Usage: api.use(feedRoutes(context));

import express from "express";
import { atomFeed, csvExport, feedTitle } from "../feeds.js";
import { parseSearchRequest } from "../search-request.js";
import type { SearchHit } from "../search-service.js";
import type { RouteContext } from "./context.js";

const EXPORT_LIMIT = 1000;
const FEED_SIZE = 50;

export function feedRoutes({ search, scoped, cacheable }: RouteContext): express.Router {
  const router = express.Router();

  router.get("/feed.atom", async (req, res) => {
    const parsed = parseSearchRequest(req.query);
    const request = scoped(res, {
      ...parsed,
      sort: "newest",
      page: 1,
      hitsPerPage: req.query.hitsPerPage ? parsed.hitsPerPage : FEED_SIZE,
    });
    const result = await search.search(request);
    const query = new URLSearchParams(req.url.split("?")[1] ?? "");
    query.delete("key");
    const base = `${req.protocol}://${req.get("host")}`;
    const title = feedTitle(parsed);
    cacheable(res);
    res.type("application/atom+xml").send(
      atomFeed(result.hits, {
        selfUrl: `${base}${req.originalUrl}`,
        pageUrl: `${base}/?${query}`,
        title,
        updated: new Date(),
        labels: result.labels,
      }),
    );
  });

  router.get("/export.csv", async (req, res) => {
    const parsed = scoped(res, parseSearchRequest(req.query));
    const hits: SearchHit[] = [];
    for (let page = 1; hits.length < EXPORT_LIMIT; page++) {
      const result = await search.search({ ...parsed, page, hitsPerPage: 100 });
      hits.push(...result.hits);
      if (page >= result.totalPages) break;
    }
    res
      .type("text/csv; charset=utf-8")
      .attachment("hankehaku.csv")
      .send(csvExport(hits.slice(0, EXPORT_LIMIT)));
  });

  return router;
}
