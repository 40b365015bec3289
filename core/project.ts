// The project record: one searchable document per project, as defined in design.md.
// Field names are public API (the HTTP responses and the Meilisearch documents use them),
// so change them only together with the design.

export type Language = "fi" | "sv" | "en";
export type PageKind = "project" | "practice" | "news" | "other";
export type ProjectStatus = "planned" | "ongoing" | "ended" | "unknown";

export interface ProjectSource {
  url: string;
  site: string;
  fetchedAt: string;
}

export interface FundingShare {
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
