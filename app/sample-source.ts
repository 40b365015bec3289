// The bundled sample corpus as a crawl source: served by the service itself under /sample/,
// or on a passing loopback port while the command line crawls it.
// Usage: sampleSource(port); await withSampleSite((origin) => crawl(origin + "/index.html"))

import type { AddressInfo } from "node:net";
import express from "express";
import type { SourceConfig } from "../config/config.js";
import { SAMPLE_SITE_DIR } from "../core/paths.js";
import { listen } from "../server/listen.js";

/** The bundled sample corpus, served by the service itself under /sample/; records name localhost:port. */
export function sampleSource(port: number): SourceConfig {
  return {
    name: "sample",
    description: "Sample data written for Hankehaku (not real projects)",
    startUrls: ["/sample/index.html"],
    delayMs: 0,
    publicOrigin: `http://localhost:${port}`,
    // Each folder of simulated real sites has its own template; the generated pages share the top folder.
    siteScope: "^(.*/)[^/]*$",
  };
}

/** Serves the sample corpus on a passing loopback port while `work` crawls it (for the CLI). */
export async function withSampleSite<T>(work: (origin: string) => Promise<T>): Promise<T> {
  const server = await listen(express().use(express.static(SAMPLE_SITE_DIR)), 0, "127.0.0.1");
  try {
    return await work(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
