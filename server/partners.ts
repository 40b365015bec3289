// Partner sites: a key names the partner; its page's Origin must be one of the partner's
// origins (CORS), and its fixed scope (say, only Pohjois-Savo) is added to every search it
// makes, where no request parameter can widen it. Requests without a key are public and may
// come from any origin. Refusals are JSON a browser can read, so the widget can say why.
// Usage: app.use("/api", partnerAccess(config.partners));  then partnerOf(res)?.scope

import cors from "cors";
import type { NextFunction, Request, Response } from "express";
import type { PartnerConfig } from "../config/config.js";
import { FACETS, type FacetParam } from "../core/project.js";
import type { FacetFilters } from "./search-request.js";

const KEY_HEADER = "x-hankehaku-key";

/** A key given twice or empty: refused outright, never read as "no key" (that would drop the scope). */
class PartnerKeyError extends Error {
  override name = "PartnerKeyError";
}

/** Whether the request names a key at all, well-formed or not. */
function namesKey(req: Request): boolean {
  return req.query.key !== undefined || req.get(KEY_HEADER) !== undefined;
}

/** The partner key of a request (query `key` or the header), undefined for a public request. */
function partnerKeyOf(req: Request): string | undefined {
  const fromQuery: unknown = req.query.key;
  const fromHeader = req.get(KEY_HEADER);
  if (fromQuery === undefined && fromHeader === undefined) return undefined;
  if (fromQuery !== undefined && typeof fromQuery !== "string") throw new PartnerKeyError("key must be given once");
  if (fromQuery !== undefined && fromHeader !== undefined && fromQuery !== fromHeader)
    throw new PartnerKeyError(`key and the ${KEY_HEADER} header name different keys`);
  const key = fromQuery ?? fromHeader;
  if (!key?.trim()) throw new PartnerKeyError("key is empty");
  return key;
}

/** A partner as the API uses it: its scope turned into index filters once, at start-up. */
interface Partner {
  config: PartnerConfig;
  scope: FacetFilters | undefined;
}

function scopeOf(partner: PartnerConfig): FacetFilters | undefined {
  if (!partner.scope) return undefined;
  const scope: FacetFilters = {};
  for (const [param, values] of Object.entries(partner.scope)) scope[FACETS[param as FacetParam]] = values;
  return scope;
}

/** The partner that made the request (set by partnerAccess), undefined for a public one. */
export function partnerOf(res: Response): Partner | undefined {
  return res.locals.partner as Partner | undefined;
}

/** Resolves the partner, checks its origin, and answers CORS for both partners and the public. */
export function partnerAccess(partners: PartnerConfig[]) {
  const byKey = new Map<string, Partner>(
    partners.map((partner) => [partner.key, { config: partner, scope: scopeOf(partner) }]),
  );
  const corsFor = cors((req, callback) => {
    // A keyed request gets its own origin echoed (even when refused, so the refusal is readable).
    const keyed = namesKey(req as Request);
    callback(null, {
      origin: keyed ? true : "*",
      methods: ["GET", "HEAD"],
      allowedHeaders: ["content-type", KEY_HEADER],
      maxAge: 600,
    });
  });
  return (req: Request, res: Response, next: NextFunction) => {
    corsFor(req, res, () => {
      let key: string | undefined;
      try {
        key = partnerKeyOf(req);
      } catch (error) {
        res.status(400).json({ error: (error as PartnerKeyError).message });
        return;
      }
      if (key === undefined) return next();
      const partner = byKey.get(key);
      if (!partner) {
        res.status(401).json({ error: "unknown partner key" });
        return;
      }
      const origin = req.get("origin");
      if (origin && !partner.config.origins.includes(origin)) {
        res.status(403).json({ error: `the site ${origin} is not allowed to use this Hankehaku key` });
        return;
      }
      res.locals.partner = partner;
      next();
    });
  };
}
