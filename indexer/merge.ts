// One project, one record: the same project described on two sites (on Innokylä and on its
// coordinator's site, say) is merged into the record first indexed, with both pages among its
// sources. Records are matched by their title, folded and with punctuation dropped; titles of
// fewer than three words are too generic to match on. Pure functions.
// Usage: const key = projectKey(project.title); const merged = mergeProjects(existing, incoming);

import type { Project } from "../core/project.js";
import { fold } from "./text-analysis.js";

export const PROJECT_KEY_FIELD = "projectKey";
export const SOURCE_URLS_FIELD = "sourceUrls";

export function projectKey(title: string): string | undefined {
  const words = fold(title)
    .replace(/[^\p{L}\d]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  return words.length >= 3 ? words.join(" ") : undefined;
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/**
 * `incoming` merged into `existing`: the existing record keeps its id and main URL; a fresh
 * copy of the same page replaces that page's facts; lists are joined and gaps filled.
 */
export function mergeProjects(existing: Project, incoming: Project): Project {
  const samePage = existing.id === incoming.id;
  const base = samePage ? incoming : existing;
  const other = samePage ? existing : incoming;
  const sources = [
    ...incoming.sources,
    ...existing.sources.filter((source) => !incoming.sources.some((fresh) => fresh.url === source.url)),
  ];
  return {
    ...other,
    ...base,
    id: existing.id,
    url: existing.url,
    site: existing.site,
    sources,
    summary: base.summary || other.summary,
    description: base.description.length >= other.description.length ? base.description : other.description,
    coordinator: base.coordinator ?? other.coordinator,
    organisations: union(base.organisations, other.organisations),
    regions: union(base.regions, other.regions),
    municipalities: union(base.municipalities, other.municipalities),
    funders: union(base.funders, other.funders),
    fundingShares: base.fundingShares.length > 0 ? base.fundingShares : other.fundingShares,
    targetGroups: union(base.targetGroups, other.targetGroups),
    themes: union(base.themes, other.themes),
    contacts: [
      ...base.contacts,
      ...other.contacts.filter((contact) => !base.contacts.some((known) => known.name === contact.name)),
    ],
    updatedAt: existing.updatedAt > incoming.updatedAt ? existing.updatedAt : incoming.updatedAt,
  };
}
