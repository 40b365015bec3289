// The Express app: the search API, health, the search page, the widget script and (when
// enabled) the sample corpus as a small web site for the crawler. Built by a factory so tests
// can run it on any search service: const app = createApp({ search, config, logger });

import path from "node:path";
import { fileURLToPath } from "node:url";
import express, { type NextFunction, type Request, type Response } from "express";
import type { Config } from "../config/config.js";
import type { Logger } from "../logger.js";
import { BadRequestError, parseSearchRequest } from "./search-request.js";
import { EngineUnavailableError, type SearchService } from "./search-service.js";

const here = path.dirname(fileURLToPath(import.meta.url));
export const PUBLIC_DIR = path.join(here, "public");
export const WIDGET_FILE = path.join(here, "..", "widget", "widget.js");
export const SAMPLE_SITE_DIR = path.join(here, "..", "sample-corpus", "site");

export interface AppOptions {
  search: SearchService;
  config: Pick<Config, "sampleCorpus">;
  logger: Logger;
}

export function createApp({ search, config, logger }: AppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");

  app.get("/api/search", async (req, res) => {
    const request = parseSearchRequest(req.query as Record<string, unknown>);
    res.json(await search.search(request));
  });

  app.get("/api/projects/:id", async (req, res) => {
    const id = req.params.id;
    if (!/^[a-zA-Z0-9_-]{1,64}$/.test(id)) throw new BadRequestError("a project id is letters, digits, - and _ only");
    const project = await search.getProject(id);
    if (!project) {
      res.status(404).json({ error: `no project with id "${id}"` });
      return;
    }
    res.json(project);
  });

  app.get("/health", async (_req, res) => {
    const meilisearch = await search.isHealthy();
    res.status(meilisearch ? 200 : 503).json({ status: meilisearch ? "ok" : "degraded", meilisearch: meilisearch ? "reachable" : "unreachable" });
  });

  app.get("/widget.js", (_req, res) => {
    res.type("application/javascript").sendFile(WIDGET_FILE);
  });

  if (config.sampleCorpus) {
    app.use("/sample", express.static(SAMPLE_SITE_DIR, { extensions: ["html"] }));
  }
  app.use(express.static(PUBLIC_DIR));

  app.use("/api", (req, res) => {
    res.status(404).json({ error: `no such endpoint: ${req.method} ${req.path}` });
  });

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
