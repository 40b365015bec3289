// What the crawler knows about each page of a source between crawls, in
// <dataDir>/pages/<source>.json: the validators for a conditional GET (ETag, Last-Modified),
// when it was fetched (to skip pages whose sitemap lastmod is older), the record id it made, and
// how many crawls in a row it was gone (404/410): the second time, its record leaves the index
// (`afterGone`), and where its last body sits in the archive (read back on a 304). A page's `id`
// is written only once its record is in the index, so a page without one is fetched in full.
// Usage: const pages = await loadPageState(dataDir, source.name); pages.get(url); pages.set(url, {...}); await pages.save();

import path from "node:path";
import { readIfExists, writeAtomic } from "../core/file-store.js";

export interface PageRecord {
  id?: string;
  /** The page's URL as its record names it among the sources (it differs for a publicOrigin source). */
  sourceUrl?: string;
  etag?: string;
  lastModified?: string;
  fetchedAt: string;
  /** Crawls in a row that found the page gone (404 or 410). */
  missing?: number;
  /** Offset of the page's last full response in the source's archive: its stored copy. */
  archived?: number;
}

/** The "gone twice" rule: what a page's state becomes when it answers 404/410 once more. */
export function afterGone(previous: PageRecord): { record: PageRecord; removeRecord: boolean } {
  const missing = (previous.missing ?? 0) + 1;
  return { record: { ...previous, missing }, removeRecord: missing >= 2 && previous.id !== undefined };
}

export interface PageState {
  get(url: string): PageRecord | undefined;
  set(url: string, record: PageRecord): void;
  delete(url: string): void;
  entries(): [string, PageRecord][];
  save(): Promise<void>;
}

export async function loadPageState(dataDir: string, source: string): Promise<PageState> {
  const file = path.join(dataDir, "pages", `${source}.json`);
  const text = await readIfExists(file);
  const pages = new Map(Object.entries(text ? (JSON.parse(text) as Record<string, PageRecord>) : {}));
  return {
    get: (url) => pages.get(url),
    set: (url, record) => void pages.set(url, record),
    delete: (url) => void pages.delete(url),
    entries: () => [...pages.entries()],
    save: () => writeAtomic(file, JSON.stringify(Object.fromEntries(pages))),
  };
}
