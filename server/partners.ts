// Partner sites: a key names the partner; its page's Origin must be one of the partner's
// origins (CORS), and its fixed scope (say, only Pohjois-Savo) is added to every search it
// makes, where no request parameter can widen it. Requests without a key are public and may
// come from any origin. Refusals are JSON a browser can read, so the widget can say why.
// Usage: app.use("/api", partnerAccess(config.partners));  then res.locals.partner / scopeOf(partner)

import cors from "cors";
import type { NextFunction, Request, Response } from "express";
import type { PartnerConfig } from "../config/config.js";
import { FACETS, type FacetParam } from "../core/project.js";
import type { FacetFilters } from "./search-request.js";

export const KEY_HEADER = "x-hankehaku-key";

export function partnerKeyOf(req: Request): string | undefined {
  const fromQuery = req.query.key;
  if (typeof fromQuery === "string") return fromQuery;
  return req.get(KEY_HEADER) ?? undefined;
}

export function scopeOf(partner: PartnerConfig | undefined): FacetFilters | undefined {
  if (!partner?.scope) return undefined;
  const scope: FacetFilters = {};
  for (const [param, values] of Object.entries(partner.scope)) scope[FACETS[param as FacetParam]] = values;
  return scope;
}

/** Resolves the partner, checks its origin, and answers CORS for both partners and the public. */
export function partnerAccess(partners: PartnerConfig[]) {
  const byKey = new Map(partners.map((partner) => [partner.key, partner]));
  const corsFor = cors((req, callback) => {
    // A keyed request gets its own origin echoed (even when refused, so the refusal is readable).
    const keyed = partnerKeyOf(req as Request) !== undefined;
    callback(null, {
      origin: keyed ? true : "*",
      methods: ["GET", "HEAD"],
      allowedHeaders: ["content-type", KEY_HEADER],
      maxAge: 600,
    });
  });
  return (req: Request, res: Response, next: NextFunction) => {
    corsFor(req, res, () => {
      const key = partnerKeyOf(req);
      if (key === undefined) return next();
      const partner = byKey.get(key);
      if (!partner) {
        res.status(401).json({ error: "unknown partner key" });
        return;
      }
      const origin = req.get("origin");
      if (origin && !partner.origins.includes(origin)) {
        res.status(403).json({ error: `the site ${origin} is not allowed to use this Hankehaku key` });
        return;
      }
      res.locals.partner = partner;
      next();
    });
  };
}
