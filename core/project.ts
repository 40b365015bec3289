// The project record: one searchable document per project, as defined in design.md.
// Field names are public API (the HTTP responses and the Meilisearch documents use them),
// so change them only together with the design. The field lists below are the one place each
// use of the record is declared (index settings, search hits, feeds, the search request read
// them); `satisfies` makes the compiler follow a renamed or added field into every one.
// Usage: import { HIT_FIELDS, LANGUAGES, type Project, type Language } from "../core/project.js";

export const LANGUAGES = ["fi", "sv", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const PAGE_KINDS = ["project", "practice", "news", "other"] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
export const PROJECT_STATUSES = ["planned", "ongoing", "ended", "unknown"] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

interface ProjectSource {
  url: string;
  site: string;
  fetchedAt: string;
}

interface FundingShare {
  funder: string;
  percent: number;
}

export interface Contact {
  name: string;
  title?: string;
  organisation?: string;
  email?: string;
  phone?: string;
}

export interface Project {
  id: string;
  url: string;
  sources: ProjectSource[];
  site: string;
  language: Language;
  kind: PageKind;
  title: string;
  summary: string;
  description: string;
  coordinator?: string;
  organisations: string[];
  regions: string[];
  municipalities: string[];
  funders: string[];
  fundingShares: FundingShare[];
  budgetEur?: number;
  startDate?: string;
  endDate?: string;
  startYear?: number;
  endYear?: number;
  status: ProjectStatus;
  targetGroups: string[];
  themes: string[];
  contacts: Contact[];
  publishedDate?: string;
  fetchedAt: string;
  updatedAt: string;
}

/** Every field of the record, in the order an API response shows them (checked complete below). */
export const DISPLAYED_FIELDS = [
  "id",
  "url",
  "sources",
  "site",
  "language",
  "kind",
  "title",
  "summary",
  "description",
  "coordinator",
  "organisations",
  "regions",
  "municipalities",
  "funders",
  "fundingShares",
  "budgetEur",
  "startDate",
  "endDate",
  "startYear",
  "endYear",
  "status",
  "targetGroups",
  "themes",
  "contacts",
  "publishedDate",
  "fetchedAt",
  "updatedAt",
] as const satisfies readonly (keyof Project)[];

// A field added to Project and not to DISPLAYED_FIELDS stops the build here, naming the field
// ("Type '"newField"' does not satisfy the constraint 'never'").
type Nothing<T extends never> = T;
export type UndisplayedFields = Nothing<Exclude<keyof Project, (typeof DISPLAYED_FIELDS)[number]>>;

/** The fields a record may lack (the rest it always has): the OpenAPI schemas' `required` follow from it. */
const OPTIONAL_FIELDS = [
  "coordinator",
  "budgetEur",
  "startDate",
  "endDate",
  "startYear",
  "endYear",
  "publishedDate",
] as const satisfies readonly OptionalKeys<Project>[];
export type UnlistedOptionalFields = Nothing<Exclude<OptionalKeys<Project>, (typeof OPTIONAL_FIELDS)[number]>>;
type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];

/** The fields of `fields` a record always has. */
export function requiredFields(fields: readonly (keyof Project)[]): (keyof Project)[] {
  const optional: readonly string[] = OPTIONAL_FIELDS;
  return fields.filter((field) => !optional.includes(field));
}

/** Text fields a user's words are matched against, most telling first. */
export const SEARCHABLE_FIELDS = [
  "title",
  "summary",
  "organisations",
  "targetGroups",
  "themes",
  "regions",
  "municipalities",
  "funders",
  "description",
] as const satisfies readonly (keyof Project)[];

/**
 * The fields of a search hit: enough for a result list, a feed entry or a CSV row. After the
 * first three, the order is that of the CSV export's columns (server/feeds.ts).
 */
export const HIT_FIELDS = [
  "id",
  "site",
  "kind",
  "title",
  "url",
  "coordinator",
  "organisations",
  "regions",
  "funders",
  "targetGroups",
  "themes",
  "startYear",
  "endYear",
  "budgetEur",
  "status",
  "language",
  "summary",
] as const satisfies readonly (keyof Project)[];
export type HitField = (typeof HIT_FIELDS)[number];

/** The given fields of a record, leaving out those it does not have. */
export function pickFields<Field extends keyof Project>(
  project: Project,
  fields: readonly Field[],
): Pick<Project, Field> {
  const picked: Partial<Pick<Project, Field>> = {};
  for (const field of fields) if (project[field] !== undefined) picked[field] = project[field];
  // Every required field of Project is present in a stored record, so the pick is complete.
  return picked as Pick<Project, Field>;
}

/** The facets a search can filter and count by, keyed by their query parameter name. */
export const FACETS = {
  region: "regions",
  funder: "funders",
  targetGroup: "targetGroups",
  organisation: "organisations",
  theme: "themes",
  status: "status",
  language: "language",
} as const satisfies Record<string, keyof Project>;

export type FacetParam = keyof typeof FACETS;
export type FacetField = (typeof FACETS)[FacetParam];
