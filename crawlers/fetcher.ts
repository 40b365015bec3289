// Fetches pages the way a polite, robust crawler must: a User-Agent that names the service and
// a contact URL, limits on time, body size (after decompression, so a gzip bomb stops early) and
// redirects, conditional GET (If-None-Match / If-Modified-Since, so an unchanged page costs a
// 304), retries with backoff for timeouts, 429 and 5xx (Retry-After honoured), HTML only, and
// the body decoded with the page's own charset so ä, ö and å come out right.
// Usage: const fetchPage = createFetcher(config.crawler); const page = await fetchPage(url, { etag });

import type { CrawlerConfig } from "../config/config.js";
import { messageOf } from "../core/errors.js";
import { sleep } from "../core/sleep.js";
import { decodeHtml } from "./charset.js";

export interface FetchedPage {
  /** The URL asked for. */
  requestedUrl: string;
  /** The URL after redirects. */
  url: string;
  status: number;
  headers: Record<string, string>;
  contentType: string;
  /** Empty for a 304. */
  body: string;
  /** The raw bytes as received (decompressed), for the archive. */
  bytes: Uint8Array;
  fetchedAt: string;
  notModified: boolean;
}

type FetchFailure = "network" | "timeout" | "too-large" | "not-html" | "http-status" | "redirects";

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

/** What an earlier fetch of the page said, for a conditional GET. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchPage = (url: string, validators?: Validators) => Promise<FetchedPage>;

type FetchSettings = Pick<CrawlerConfig, "userAgent" | "timeoutMs" | "maxBodyBytes"> &
  Partial<Pick<CrawlerConfig, "maxRedirects" | "retries" | "retryBaseMs" | "maxRetryAfterMs">>;

interface FetchDeps {
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date. */
function retryAfterMs(value: string | null | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}

function isRetryable(error: unknown): error is FetchError {
  if (!(error instanceof FetchError)) return false;
  if (error.failure === "network" || error.failure === "timeout") return true;
  return (
    error.failure === "http-status" && (error.status === 429 || (error.status !== undefined && error.status >= 500))
  );
}

class RetryableStatus extends FetchError {
  constructor(
    url: string,
    status: number,
    readonly waitMs: number | undefined,
  ) {
    super(`${url}: HTTP ${status}`, url, "http-status", status);
  }
}

export function createFetcher(settings: FetchSettings, deps: FetchDeps = {}): FetchPage {
  const now = deps.now ?? (() => new Date());
  const pause = deps.sleep ?? sleep;
  const maxRedirects = settings.maxRedirects ?? 5;
  const retries = settings.retries ?? 3;
  const retryBaseMs = settings.retryBaseMs ?? 1000;
  const maxRetryAfterMs = settings.maxRetryAfterMs ?? 120_000;

  async function once(url: string, validators: Validators | undefined): Promise<FetchedPage> {
    let current = url;
    for (let redirects = 0; ; redirects++) {
      const headers: Record<string, string> = {
        "user-agent": settings.userAgent,
        accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        "accept-encoding": "gzip, deflate, br",
      };
      // Validators belong to the URL asked for, not to where it redirects.
      if (redirects === 0 && validators?.etag) headers["if-none-match"] = validators.etag;
      if (redirects === 0 && validators?.lastModified) headers["if-modified-since"] = validators.lastModified;
      let response: Response;
      try {
        response = await fetch(current, {
          headers,
          redirect: "manual",
          signal: AbortSignal.timeout(settings.timeoutMs),
        });
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        if ((error as Error).name === "TimeoutError") {
          throw new FetchError(`${current}: no answer within ${settings.timeoutMs} ms`, current, "timeout");
        }
        throw new FetchError(`${current}: ${cause?.code ?? cause?.message ?? messageOf(error)}`, current, "network");
      }
      const responseHeaders = Object.fromEntries(response.headers.entries());
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel();
        const location = response.headers.get("location");
        if (!location)
          throw new FetchError(`${current}: redirect without a Location`, current, "http-status", response.status);
        if (redirects >= maxRedirects) {
          throw new FetchError(
            `${url}: more than ${maxRedirects} redirects (last to ${location})`,
            url,
            "redirects",
            response.status,
          );
        }
        current = new URL(location, current).href;
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return {
          requestedUrl: url,
          url: current,
          status: 304,
          headers: responseHeaders,
          contentType: "",
          body: "",
          bytes: new Uint8Array(),
          fetchedAt: now().toISOString(),
          notModified: true,
        };
      }
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel();
        throw new RetryableStatus(current, response.status, retryAfterMs(response.headers.get("retry-after"), now()));
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchError(`${current}: HTTP ${response.status}`, current, "http-status", response.status);
      }
      const contentType = responseHeaders["content-type"] ?? "";
      if (!/^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType)) {
        await response.body?.cancel();
        throw new FetchError(
          `${current}: not HTML (${contentType || "no Content-Type"})`,
          current,
          "not-html",
          response.status,
        );
      }
      const bytes = await readLimited(response, settings.maxBodyBytes, current);
      return {
        requestedUrl: url,
        url: current,
        status: response.status,
        headers: responseHeaders,
        contentType,
        body: decodeHtml(bytes, contentType),
        bytes,
        fetchedAt: now().toISOString(),
        notModified: false,
      };
    }
  }

  return async function fetchPage(url, validators) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await once(url, validators);
      } catch (error) {
        if (!isRetryable(error) || attempt >= retries) throw error;
        const backoff = retryBaseMs * 2 ** attempt * (0.75 + Math.random() * 0.5);
        const asked = error instanceof RetryableStatus ? error.waitMs : undefined;
        // A server that asks for longer than we are willing to wait gets its answer as an error.
        if (asked !== undefined && asked > maxRetryAfterMs) throw error;
        await pause(Math.max(backoff, asked ?? 0));
      }
    }
  };
}

async function readLimited(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length"));
  // A declared length is of the encoded body: only trust it when nothing was compressed.
  if (!response.headers.get("content-encoding") && declared > maxBytes) {
    await response.body?.cancel();
    throw new FetchError(`${url}: body of ${declared} bytes is over the ${maxBytes}-byte limit`, url, "too-large");
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FetchError(`${url}: body is over the ${maxBytes}-byte limit`, url, "too-large");
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export interface FetchedText {
  url: string;
  status: number;
  body: string;
}

export type FetchText = (url: string) => Promise<FetchedText>;

/** For robots.txt and sitemaps: any status is returned (a 404 means "no rules"), network errors throw. */
export function createTextFetcher(
  settings: Pick<CrawlerConfig, "userAgent" | "timeoutMs" | "maxBodyBytes">,
): FetchText {
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
      throw new FetchError(`${url}: ${cause?.code ?? cause?.message ?? messageOf(error)}`, url, failure);
    }
    const bytes = await readLimited(response, settings.maxBodyBytes, url);
    return { url: response.url || url, status: response.status, body: new TextDecoder("utf-8").decode(bytes) };
  };
}

// Decoding lives in charset.ts; re-exported for the callers that import it from here.
export { decodeHtml };
