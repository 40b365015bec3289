// The Express app: the search API with partner keys, CORS, rate limits, security headers,
// compression and cache headers; feeds and exports; health, metrics and the OpenAPI document;
// the search page, the widget script and (when enabled) the sample corpus as a small web site
// for the crawler. Built by a factory so tests can run it on any search service:
//   const app = createApp({ search, config, logger });

import { randomUUID, timingSafeEqual } from "node:crypto";
import zlib from "node:zlib";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import etag from "etag";
import helmet from "helmet";
import { pinoHttp } from "pino-http";
import type { Config, PartnerConfig } from "../config/config.js";
import type { SourceStatus } from "../crawlers/source-status.js";
import type { Logger } from "../core/logger.js";
import { atomFeed, csvExport, feedTitle } from "./feeds.js";
import type { FacetNames } from "./facet-names.js";
import { createMetrics, type Metrics } from "./metrics.js";
import { openApiDocument } from "./openapi.js";
import { partnerAccess, partnerKeyOf, scopeOf } from "./partners.js";
import {
  BadRequestError,
  parseFacetValueRequest,
  parseSearchRequest,
  parseSuggestRequest,
  type SearchRequest,
} from "./search-request.js";
import { EngineUnavailableError, type SearchHit, type SearchResult, type SearchService } from "./search-service.js";
import type { DataStats } from "./stats.js";
import { staticFiles } from "./static-files.js";
import { PUBLIC_DIR, SAMPLE_SITE_DIR, WIDGET_FILE } from "../core/paths.js";

const EXPORT_LIMIT = 1000;
const FEED_SIZE = 50;

export interface AppOptions {
  search: SearchService;
  config: Pick<Config, "sampleCorpus" | "api" | "partners"> & Partial<Pick<Config, "adminKey">>;
  logger: Logger;
  /** Pass the metrics the search service reports to; a fresh set otherwise. */
  metrics?: Metrics;
  /** Per-source crawl status for GET /api/admin/sources (with config.adminKey). */
  sourceStatuses?: () => Promise<SourceStatus[]>;
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
  dataStats,
  facetNames,
}: AppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers["x-request-id"];
        const id = typeof incoming === "string" && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader("x-request-id", id);
        return id;
      },
      // The key is public but per partner: keep it out of the logs all the same.
      serializers: {
        req: (req) => ({ id: req.id, method: req.method, url: String(req.url).replace(/([?&]key=)[^&]*/, "$1…") }),
      },
      customLogLevel: (_req, res, error) =>
        error || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info",
    }),
  );
  app.use(metrics.middleware);
  app.use(
    helmet({
      // The widget script and the API are meant to be used from partners' pages.
      crossOriginResourcePolicy: { policy: "cross-origin" },
      contentSecurityPolicy: {
        directives: { "default-src": ["'self'"], "img-src": ["'self'", "data:"], "style-src": ["'self'"] },
      },
    }),
  );
  // The fastest gzip level: a search answer (about 40 kB of JSON) costs a quarter of a
  // millisecond instead of half, for some 30 % more bytes (5 kB instead of 4).
  app.use(compression({ level: zlib.constants.Z_BEST_SPEED }));

  const api = express.Router();
  api.use(partnerAccess(config.partners));
  api.use(
    rateLimit({
      windowMs: 60_000,
      limit: (_req, res) =>
        (res.locals.partner as PartnerConfig | undefined)?.rateLimitPerMinute ?? config.api.rateLimitPerMinute,
      keyGenerator: (req, res) =>
        res.locals.partner ? `key:${partnerKeyOf(req)}` : ipKeyGenerator(req.ip ?? "unknown"),
      standardHeaders: "draft-8",
      legacyHeaders: false,
      handler: (_req, res) => {
        res.status(429).json({ error: "too many requests; slow down and try again in a minute" });
      },
    }),
  );

  const scoped = (res: Response, request: SearchRequest): SearchRequest => {
    const scope = scopeOf(res.locals.partner as PartnerConfig | undefined);
    return scope ? { ...request, scope } : request;
  };
  const cacheable = (res: Response) => {
    res.set("cache-control", `public, max-age=${config.api.cacheSeconds}`);
    res.vary("x-hankehaku-key");
  };

  api.get("/search", async (req, res) => {
    const request = scoped(res, parseSearchRequest(req.query));
    const result = await search.search(request);
    cacheable(res);
    sendSearchResult(res, result);
  });

  api.get("/projects/:id", async (req, res) => {
    const id = req.params.id;
    if (!/^[a-zA-Z0-9_-]{1,64}$/.test(id)) throw new BadRequestError("a project id is letters, digits, - and _ only");
    const project = await search.getProject(id);
    if (!project) {
      res.status(404).json({ error: `no project with id "${id}"` });
      return;
    }
    cacheable(res);
    res.json(project);
  });

  api.get("/facets/:facet", async (req, res) => {
    const facetRequest = parseFacetValueRequest(req.params.facet, req.query);
    const result = await search.facetValues({ ...facetRequest, request: scoped(res, facetRequest.request) });
    cacheable(res);
    res.json(result);
  });

  api.get("/suggest", async (req, res) => {
    const suggestions = await search.suggest(scoped(res, parseSuggestRequest(req.query)));
    cacheable(res);
    res.json({ suggestions });
  });

  api.get("/feed.atom", async (req, res) => {
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

  api.get("/export.csv", async (req, res) => {
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

  api.get("/stats", async (_req, res) => {
    if (!dataStats) {
      res.status(404).json({ error: "statistics are not available on this server" });
      return;
    }
    cacheable(res);
    res.json(await dataStats());
  });

  api.get("/facet-names", async (_req, res) => {
    res.set("cache-control", "public, max-age=3600");
    res.json(facetNames ? await facetNames() : {});
  });

  api.get("/admin/sources", async (req, res) => {
    if (!config.adminKey || !sourceStatuses) {
      res.status(404).json({ error: "the admin API is off (set HANKEHAKU_ADMIN_KEY)" });
      return;
    }
    const given = Buffer.from(/^Bearer (.+)$/.exec(req.get("authorization") ?? "")?.[1] ?? "");
    const expected = Buffer.from(config.adminKey);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      res.status(401).set("www-authenticate", "Bearer").json({ error: "the admin key is missing or wrong" });
      return;
    }
    res.set("cache-control", "no-store").json({ sources: await sourceStatuses() });
  });

  api.use((req, res) => {
    res.status(404).json({ error: `no such endpoint: ${req.method} /api${req.path}` });
  });
  app.use("/api", api);

  app.get("/health", async (_req, res) => {
    const meilisearch = await search.isHealthy();
    res.set("cache-control", "no-store");
    res
      .status(meilisearch ? 200 : 503)
      .json({ status: meilisearch ? "ok" : "degraded", meilisearch: meilisearch ? "reachable" : "unreachable" });
  });
  app.get("/metrics", async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.get("/openapi.json", (req, res) => {
    res.json(openApiDocument(`${req.protocol}://${req.get("host") ?? "localhost"}`));
  });
  app.get("/widget.js", (_req, res) => {
    res.set("cache-control", "public, max-age=300");
    res.type("application/javascript").sendFile(WIDGET_FILE);
  });
  if (config.sampleCorpus) {
    app.use("/sample", express.static(SAMPLE_SITE_DIR, { extensions: ["html"] }));
  }
  app.use(staticFiles(PUBLIC_DIR));

  app.use((error: Error, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    if (error instanceof BadRequestError) {
      res.status(400).json({ error: error.message });
    } else if (error instanceof EngineUnavailableError) {
      res.status(503).set("retry-after", "5").json({ error: error.message });
    } else if ((error as { type?: string }).type === "entity.parse.failed" || error instanceof URIError) {
      res.status(400).json({ error: "the request could not be read" });
    } else {
      logger.error({ err: error, url: req.originalUrl }, "request failed");
      res.status(500).json({ error: "internal error" });
    }
  });
  return app;
}

/**
 * A search answer with an ETag over the results but not the timing, so an unchanged answer is
 * a 304. Serialised once: processingTimeMs, the answer's last field, is appended to the JSON.
 */
function sendSearchResult(res: Response, result: SearchResult) {
  const { processingTimeMs, ...content } = result;
  const json = JSON.stringify(content);
  res.set("etag", etag(json, { weak: true }));
  res.type("json").send(`${json.slice(0, -1)},"processingTimeMs":${processingTimeMs}}`);
}
