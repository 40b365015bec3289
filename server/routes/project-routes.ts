// GET /api/projects/:id: one whole project record, or a 404 naming the id.
// Usage: api.use(projectRoutes(context));

import express from "express";
import { BadRequestError } from "../search-request.js";
import type { RouteContext } from "./context.js";

export function projectRoutes({ search, cacheable }: RouteContext): express.Router {
  const router = express.Router();
  router.get("/projects/:id", async (req, res) => {
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
  return router;
}
