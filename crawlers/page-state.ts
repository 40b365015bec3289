// What the crawler knows about each page of a source between crawls, in
// <dataDir>/pages/<source>.json: the validators for a conditional GET (ETag, Last-Modified),
// when it was fetched (to skip pages whose sitemap lastmod is older), the record id it made, and
// how many crawls in a row it was gone (404/410): the second time, its record leaves the index.
// Usage: const pages = await loadPageState(dataDir, source.name); pages.get(url); pages.set(url, {...}); await pages.save();

import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

export interface PageRecord {
  id?: string;
  /** The page's URL as its record names it among the sources (it differs for a publicOrigin source). */
  sourceUrl?: string;
  etag?: string;
  lastModified?: string;
  fetchedAt: string;
  /** Crawls in a row that found the page gone (404 or 410). */
  missing?: number;
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
  let pages = new Map<string, PageRecord>();
  try {
    pages = new Map(Object.entries(JSON.parse(await readFile(file, "utf8")) as Record<string, PageRecord>));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  return {
    get: (url) => pages.get(url),
    set: (url, record) => void pages.set(url, record),
    delete: (url) => void pages.delete(url),
    entries: () => [...pages.entries()],
    async save() {
      await mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(Object.fromEntries(pages)));
      await rename(temporary, file);
    },
  };
}
