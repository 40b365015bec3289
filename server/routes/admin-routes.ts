// GET /api/admin/sources: each source's crawl status, and whether the records are derived by the
// running rules (or being re-derived after an upgrade), for operators holding the admin key (a
// Bearer token compared in constant time). Without a key configured the route is a 404.
// Usage: api.use(adminRoutes(config.adminKey, sourceStatuses, recordsStatus));

import { timingSafeEqual } from "node:crypto";
import express from "express";
import type { SourceStatus } from "../../crawlers/source-status.js";

/** Whether the indexed records are what the running version's rules derive from the pages. */
export interface RecordsStatus {
  rules: "checking" | "re-deriving" | "current" | "stale" | "failed";
  /** Why the records may differ from what the running rules derive (stale, re-deriving, failed). */
  reason?: string;
  fingerprint?: string;
}

export function adminRoutes(
  adminKey: string | undefined,
  sourceStatuses: (() => Promise<SourceStatus[]>) | undefined,
  recordsStatus: (() => RecordsStatus) | undefined,
): express.Router {
  const router = express.Router();
  // The key's bytes once, not on every request.
  const expected = adminKey ? Buffer.from(adminKey) : undefined;
  router.get("/admin/sources", async (req, res) => {
    if (!expected || !sourceStatuses) {
      res.status(404).json({ error: "the admin API is off (set HANKEHAKU_ADMIN_KEY)" });
      return;
    }
    const given = Buffer.from(/^Bearer (.+)$/.exec(req.get("authorization") ?? "")?.[1] ?? "");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      res.status(401).set("www-authenticate", "Bearer").json({ error: "the admin key is missing or wrong" });
      return;
    }
    const records = recordsStatus?.();
    res.set("cache-control", "no-store").json({ sources: await sourceStatuses(), ...(records && { records }) });
  });
  return router;
}
