// The search hot path to Meilisearch over node:http instead of fetch: a keep-alive agent,
// identity encoding, the body read as one string. Node's fetch (undici) spends about a
// millisecond of CPU per call on web streams, header objects and abort signals, a quarter of
// the app's whole budget per search. Errors are the meilisearch client's own classes
// (MeilisearchApiError with the engine's error body, MeilisearchRequestError, with a
// MeilisearchRequestTimeOutError cause after the timeout), so callers cannot tell the difference.
// Usage: client.multiSearch = multiSearchOverHttp({ host, apiKey, timeoutMs, onAnswer }) (see meili-client.ts)

import http from "node:http";
import { urlToHttpOptions } from "node:url";
import {
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  type Meilisearch,
} from "meilisearch";
import { createRepeatedAnswers } from "./repeated-answers.js";

interface TransportOptions {
  host: string;
  apiKey?: string;
  timeoutMs: number;
  /** Told of every answer from the engine, whatever its status: the engine is alive. */
  onAnswer?: () => void;
}

/**
 * POST a JSON body to Meilisearch and resolve with the parsed answer, or reject as the client
 * would. A successful answer the same as the last one to the same body (its timing aside) is
 * the same object (repeated-answers.ts).
 */
function postJson(options: TransportOptions, agent: http.Agent) {
  const answers = createRepeatedAnswers();
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "accept-encoding": "identity",
    ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
  };
  const base = new URL(options.host.endsWith("/") ? options.host : `${options.host}/`);
  // The request options of each path, made once: http.request would parse a URL on every call.
  const targets = new Map<string, { url: string; options: http.RequestOptions }>();
  const targetOf = (path: string) => {
    let target = targets.get(path);
    if (!target) {
      const url = new URL(path, base);
      target = {
        url: url.toString(),
        options: { ...urlToHttpOptions(url), method: "POST", agent, headers },
      };
      targets.set(path, target);
    }
    return target;
  };
  return (path: string, body: unknown) => {
    const target = targetOf(path);
    return new Promise<unknown>((resolve, reject) => {
      const payload = JSON.stringify(body);
      const failed = (cause: unknown) => reject(new MeilisearchRequestError(target.url, cause));
      const request = http.request(target.options, (response) => {
        // Bytes decoded once at the end: cheaper than a string decoder per chunk.
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", failed);
        response.on("end", () => {
          clearTimeout(timer);
          options.onAnswer?.();
          const text = (chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks)).toString("utf8");
          const status = response.statusCode ?? 0;
          const ok = status >= 200 && status < 300;
          let parsed: unknown;
          try {
            parsed = text === "" ? undefined : ok ? answers.parse(payload, text) : JSON.parse(text);
          } catch (error) {
            failed(error);
            return;
          }
          if (ok) resolve(parsed);
          else reject(new MeilisearchApiError(new Response(null, { status }), parsed as never));
        });
      });
      const timer = setTimeout(() => {
        request.destroy();
        failed(new MeilisearchRequestTimeOutError(options.timeoutMs, { method: "POST", body: payload }));
      }, options.timeoutMs);
      request.on("error", (error) => {
        clearTimeout(timer);
        failed(error);
      });
      request.end(payload);
    });
  };
}

/** The client's multiSearch, sent over node:http. */
export function multiSearchOverHttp(options: TransportOptions): Meilisearch["multiSearch"] {
  const post = postJson(options, new http.Agent({ keepAlive: true }));
  return ((params: object) => post("multi-search", params)) as Meilisearch["multiSearch"];
}
