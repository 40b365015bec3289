// App settings for tests that build the Express app directly.
import type { PartnerConfig } from "../../config/config.js";

export function appConfig(partners: PartnerConfig[] = [], rateLimitPerMinute = 100_000) {
  return { sampleCorpus: false, api: { rateLimitPerMinute, cacheSeconds: 30 }, partners };
}
