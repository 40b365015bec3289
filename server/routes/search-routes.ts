// GET /api/search, /api/facets/:facet and /api/suggest: the search itself, the values of one
// facet matching what is typed, and title suggestions; each within the partner's scope.
// Usage: api.use(searchRoutes(context));

import express, { type Request, type Response } from "express";
import { hash } from "node:crypto";
import { partnerOf } from "../partners.js";
import { parseFacetValueRequest, parseSearchRequest, parseSuggestRequest } from "../search-request.js";
import type { SearchResult } from "../search-service.js";
import { gzipPart, gzipWithTail, type GzipPart } from "../gzip-tail.js";
import { sendWholeBody } from "../whole-body.js";
import type { RouteContext } from "./context.js";

/**
 * The weak ETag the `etag` package makes (byte length and SHA-1), in one native call instead of a
 * Hash object, its update and digest.
 */
function weakEtag(json: string): string {
  return `W/"${Buffer.byteLength(json).toString(16)}-${hash("sha1", json, "base64").slice(0, 27)}"`;
}

interface Serialised {
  values: unknown[];
  json: string;
  etag: string;
  /** The JSON but its closing brace, gzipped once when a client first asks for gzip. */
  gzipped?: GzipPart;
}
/**
 * The JSON and ETag of an answer's content, by its hits: the search service gives back the same
 * objects for an unchanged answer (search-service.ts), so every field the same object as last
 * time means the same text. Weak, so it goes with the answer.
 */
const serialised = new WeakMap<object, Serialised>();

function serialise(content: Omit<SearchResult, "processingTimeMs"> & { scope?: Record<string, string[]> }): Serialised {
  const values = Object.values(content);
  const known = serialised.get(content.hits);
  if (known?.values.length === values.length && known.values.every((value, i) => value === values[i])) return known;
  const json = JSON.stringify(content);
  const made: Serialised = { values, json, etag: weakEtag(json) };
  serialised.set(content.hits, made);
  return made;
}

/**
 * A search answer with an ETag over the results but not the timing, so an unchanged answer is
 * a 304. Serialised once: processingTimeMs, the answer's last field, is appended to the JSON.
 * Sent whole in one write (whole-body.ts): the hot path's answer is 40 kB of JSON.
 */
function sendSearchResult(req: Request, res: Response, result: SearchResult & { scope?: Record<string, string[]> }) {
  const { processingTimeMs, ...content } = result;
  const made = serialise(content);
  res.set("etag", made.etag);
  res.type("json");
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  const head = made.json.slice(0, -1);
  const tail = `,"processingTimeMs":${processingTimeMs}}`;
  sendWholeBody(req, res, head + tail, () => gzipWithTail((made.gzipped ??= gzipPart(head)), tail));
}

export function searchRoutes({ search, scoped, cacheable }: RouteContext): express.Router {
  const router = express.Router();

  router.get("/search", async (req, res) => {
    const request = scoped(res, parseSearchRequest(req.query));
    const result = await search.search(request);
    // A partner's fixed scope, by parameter, so its widget can link to the same results.
    const scope = partnerOf(res)?.config.scope;
    cacheable(res);
    sendSearchResult(req, res, scope ? { ...result, scope } : result);
  });

  router.get("/facets/:facet", async (req, res) => {
    const facetRequest = parseFacetValueRequest(req.params.facet, req.query);
    const result = await search.facetValues({ ...facetRequest, request: scoped(res, facetRequest.request) });
    cacheable(res);
    res.json(result);
  });

  router.get("/suggest", async (req, res) => {
    const suggestions = await search.suggest(scoped(res, parseSuggestRequest(req.query)));
    cacheable(res);
    res.json({ suggestions });
  });

  return router;
}
