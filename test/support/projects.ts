// A minimal valid project record for tests, with the fields a test cares about filled in.
import type { Project } from "../../core/project.js";

export function project(id: string, fields: Partial<Project> = {}): Project {
  return {
    id,
    url: `http://127.0.0.1/${id}`,
    sources: [{ url: `http://127.0.0.1/${id}`, site: "127.0.0.1", fetchedAt: "2026-01-01T00:00:00Z" }],
    site: "127.0.0.1",
    language: "fi",
    kind: "project",
    title: id,
    summary: "",
    description: "",
    organisations: [],
    regions: [],
    municipalities: [],
    funders: [],
    fundingShares: [],
    status: "unknown",
    targetGroups: [],
    themes: [],
    contacts: [],
    fetchedAt: "2026-01-01T00:00:00Z",
    updatedAt: "2026-01-01T00:00:00Z",
    ...fields,
  };
}
