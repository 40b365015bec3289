// GET /api/admin/sources: each source's crawl status, for operators holding the admin key
// (a Bearer token compared in constant time). Without a key configured the route is a 404.
// Usage: api.use(adminRoutes(config.adminKey, sourceStatuses));

import { timingSafeEqual } from "node:crypto";
import express from "express";
import type { SourceStatus } from "../../crawlers/source-status.js";

export function adminRoutes(
  adminKey: string | undefined,
  sourceStatuses: (() => Promise<SourceStatus[]>) | undefined,
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
    res.set("cache-control", "no-store").json({ sources: await sourceStatuses() });
  });
  return router;
}
