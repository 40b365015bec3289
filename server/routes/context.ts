// What every API route module shares: the search service, the partner's scope laid over a
// request, and the cache headers of a public answer. Built once per app by createApp.
// Usage: const context = createRouteContext(search, config.api.cacheSeconds); searchRoutes(context)

import type { Response } from "express";
import { partnerOf } from "../partners.js";
import type { SearchRequest } from "../search-request.js";
import type { SearchService } from "../search-service.js";

/** Function properties, not methods, so route modules can destructure them. */
export interface RouteContext {
  search: SearchService;
  /** The request limited to the calling partner's fixed scope, if the call came with a key. */
  scoped: (res: Response, request: SearchRequest) => SearchRequest;
  /** Marks a response as cacheable for everyone with the same key. */
  cacheable: (res: Response) => void;
}

export function createRouteContext(search: SearchService, cacheSeconds: number): RouteContext {
  return {
    search,
    scoped: (res, request) => {
      const scope = partnerOf(res)?.scope;
      return scope ? { ...request, scope } : request;
    },
    cacheable: (res) => {
      res.set("cache-control", `public, max-age=${cacheSeconds}`);
      res.vary("x-hankehaku-key");
    },
  };
}
