// Fetches one page over HTTP the way a polite crawler must: a User-Agent that names the
// service, a time limit, a body-size limit, HTML only, and the body decoded with the
// page's own charset (header or <meta>), so ä, ö and å come out right.
// Usage: const fetchPage = createFetcher(config.crawler); const page = await fetchPage(url);

import type { CrawlerConfig } from "../config/config.js";

export interface FetchedPage {
  /** The URL asked for. */
  requestedUrl: string;
  /** The URL after redirects. */
  url: string;
  status: number;
  headers: Record<string, string>;
  contentType: string;
  body: string;
  fetchedAt: string;
}

export type FetchFailure = "network" | "timeout" | "too-large" | "not-html" | "http-status";

export class FetchError extends Error {
  override name = "FetchError";
  constructor(
    message: string,
    readonly url: string,
    readonly failure: FetchFailure,
    readonly status?: number,
  ) {
    super(message);
  }
}

export type FetchPage = (url: string) => Promise<FetchedPage>;

export function createFetcher(
  settings: Pick<CrawlerConfig, "userAgent" | "timeoutMs" | "maxBodyBytes">,
  now: () => Date = () => new Date(),
): FetchPage {
  return async function fetchPage(url: string): Promise<FetchedPage> {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { "user-agent": settings.userAgent, accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1" },
        redirect: "follow",
        signal: AbortSignal.timeout(settings.timeoutMs),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      if ((error as Error).name === "TimeoutError") {
        throw new FetchError(`${url}: no answer within ${settings.timeoutMs} ms`, url, "timeout");
      }
      throw new FetchError(`${url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`, url, "network");
    }
    const headers = Object.fromEntries(response.headers.entries());
    const contentType = headers["content-type"] ?? "";
    if (!response.ok) {
      await response.body?.cancel();
      throw new FetchError(`${url}: HTTP ${response.status}`, url, "http-status", response.status);
    }
    if (!/^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType)) {
      await response.body?.cancel();
      throw new FetchError(`${url}: not HTML (${contentType || "no Content-Type"})`, url, "not-html", response.status);
    }
    const bytes = await readLimited(response, settings.maxBodyBytes, url);
    return {
      requestedUrl: url,
      url: response.url || url,
      status: response.status,
      headers,
      contentType,
      body: decodeHtml(bytes, contentType),
      fetchedAt: now().toISOString(),
    };
  };
}

async function readLimited(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length"));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new FetchError(`${url}: body of ${declared} bytes is over the ${maxBytes}-byte limit`, url, "too-large");
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return new Uint8Array();
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      throw new FetchError(`${url}: body is over the ${maxBytes}-byte limit`, url, "too-large");
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Decodes with the charset of the Content-Type header, else of a <meta> tag, else UTF-8. */
export function decodeHtml(bytes: Uint8Array, contentType: string): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  const fromMeta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  for (const label of [fromHeader, fromMeta, "utf-8"]) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown charset label: try the next source.
    }
  }
  return new TextDecoder("utf-8").decode(bytes);
}

export interface FetchedText {
  url: string;
  status: number;
  body: string;
}

export type FetchText = (url: string) => Promise<FetchedText>;

/** For robots.txt and sitemaps: any status is returned (a 404 means "no rules"), network errors throw. */
export function createTextFetcher(settings: Pick<CrawlerConfig, "userAgent" | "timeoutMs" | "maxBodyBytes">): FetchText {
  return async function fetchText(url: string): Promise<FetchedText> {
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { "user-agent": settings.userAgent },
        redirect: "follow",
        signal: AbortSignal.timeout(settings.timeoutMs),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const failure = (error as Error).name === "TimeoutError" ? "timeout" : "network";
      throw new FetchError(`${url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`, url, failure);
    }
    const bytes = await readLimited(response, settings.maxBodyBytes, url);
    return { url: response.url || url, status: response.status, body: new TextDecoder("utf-8").decode(bytes) };
  };
}
