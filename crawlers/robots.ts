// robots.txt for one site, parsed by the robots-parser library (Allow, Disallow, wildcards,
// Crawl-delay, Sitemap). A missing robots.txt (4xx) allows everything; a server error or an
// unreachable site allows nothing, as RFC 9309 asks.
// Usage: const robots = await loadRobots(origin, fetchText, userAgent); robots.isAllowed(url);

import robotsParserModule from "robots-parser";
import type { FetchText } from "./fetcher.js";

// The package is CommonJS with an ES-style typing; under NodeNext its default import is the function.
const robotsParser = robotsParserModule as unknown as (
  url: string,
  text: string,
) => {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
  getSitemaps(): string[];
};

export interface RobotsRules {
  isAllowed(url: string): boolean;
  crawlDelayMs(): number | undefined;
  sitemaps(): string[];
}

export function parseRobots(robotsUrl: string, text: string, userAgent: string): RobotsRules {
  const robots = robotsParser(robotsUrl, text);
  return {
    isAllowed: (url) => robots.isAllowed(url, userAgent) !== false,
    crawlDelayMs: () => {
      const seconds = robots.getCrawlDelay(userAgent);
      return seconds === undefined ? undefined : seconds * 1000;
    },
    sitemaps: () => robots.getSitemaps(),
  };
}

export async function loadRobots(origin: string, fetchText: FetchText, userAgent: string): Promise<RobotsRules> {
  const robotsUrl = new URL("/robots.txt", origin).href;
  const response = await fetchText(robotsUrl);
  if (response.status >= 400 && response.status < 500) return parseRobots(robotsUrl, "", userAgent);
  if (response.status >= 500) return parseRobots(robotsUrl, "User-agent: *\nDisallow: /", userAgent);
  return parseRobots(robotsUrl, response.body, userAgent);
}
