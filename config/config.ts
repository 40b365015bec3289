// Loads Hankehaku's configuration: config/default.json, then the file named by
// HANKEHAKU_CONFIG (merged over it), then environment variables (PORT, HOST, MEILI_URL,
// MEILI_MASTER_KEY, MEILI_BINARY, HANKEHAKU_DATA_DIR, HANKEHAKU_SAMPLE_CORPUS).
// Usage: const config = await loadConfig(process.env);

import { readFile } from "node:fs/promises";
import path from "node:path";
import cron from "node-cron";
import { FACETS } from "../core/project.js";
import { configFile } from "../core/paths.js";

export interface SourceConfig {
  /** Short unique name, used in logs, state files and `crawl --source`. */
  name: string;
  description?: string;
  /** Absolute URLs, or paths starting with "/" that resolve against the service's own base URL. */
  startUrls: string[];
  /** Regular expressions; when given, only matching URLs are followed. */
  include?: string[];
  exclude?: string[];
  /** A node-cron expression for re-crawls. */
  schedule?: string;
  delayMs?: number;
  maxPages?: number;
  enabled?: boolean;
  /** A regular expression for the URLs that are project pages; others are only followed. */
  projectPages?: string;
  /** CSS selectors for sites whose layout the generic extraction gets wrong. */
  selectors?: { title?: string; content?: string };
  /**
   * The origin that records name instead of the one crawled: for a site reached at a passing
   * address, like the bundled sample corpus served by the service itself.
   */
  publicOrigin?: string;
  /**
   * A regular expression whose first group, matched against a page's path, names its site within the host, for a host
   * that holds several sites with templates of their own (the sample corpus); by default the host.
   */
  siteScope?: string;
}

export interface CrawlerConfig {
  userAgent: string;
  timeoutMs: number;
  maxBodyBytes: number;
  maxPages: number;
  delayMs: number;
  /** Hosts crawled at the same time (each host still gets one request at a time). */
  concurrency: number;
  maxRedirects: number;
  retries: number;
  retryBaseMs: number;
  /** A Retry-After longer than this fails the page instead of stalling the crawl. */
  maxRetryAfterMs: number;
}

export interface PartnerConfig {
  /** Public identifier a partner's page sends (data-key, ?key= or the X-Hankehaku-Key header). */
  key: string;
  name: string;
  /** Origins (scheme://host[:port]) whose pages may use the key. */
  origins: string[];
  /** Facet values the partner's searches are always limited to, by query parameter name. */
  scope?: Record<string, string[]>;
  rateLimitPerMinute?: number;
}

export interface ApiConfig {
  /** Requests per minute for one client IP without a partner key. */
  rateLimitPerMinute: number;
  /** How long browsers and caches may keep a search response. */
  cacheSeconds: number;
}

export interface Config {
  port: number;
  host: string;
  /** Where people reach this service; named in the crawler's User-Agent as its contact page. */
  publicUrl: string;
  dataDir: string;
  /** Crawl and index the bundled sample corpus at start (clearly marked sample data). */
  sampleCorpus: boolean;
  api: ApiConfig;
  partners: PartnerConfig[];
  /** Bearer key for /api/admin/*; empty turns the admin API off. */
  adminKey: string;
  meili: {
    url?: string;
    masterKey?: string;
    binary?: string;
    index: string;
  };
  crawler: CrawlerConfig;
  sources: SourceConfig[];
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export const DEFAULT_CONFIG_FILE = configFile("default.json");

type Env = Record<string, string | undefined>;

export async function loadConfig(env: Env = process.env, cwd = process.cwd()): Promise<Config> {
  const base = await readJson(DEFAULT_CONFIG_FILE);
  const overrideFile = env.HANKEHAKU_CONFIG ? path.resolve(cwd, env.HANKEHAKU_CONFIG) : undefined;
  const merged = overrideFile ? deepMerge(base, await readJson(overrideFile)) : base;
  return applyEnv(merged as unknown as Config, env, cwd);
}

/** Environment variables win over files; every setting keeps a default. */
export function applyEnv(fileConfig: Config, env: Env, cwd: string): Config {
  const config: Config = structuredClone(fileConfig);
  if (env.PORT !== undefined) config.port = parsePort(env.PORT);
  if (env.HOST) config.host = env.HOST;
  if (env.HANKEHAKU_PUBLIC_URL) config.publicUrl = env.HANKEHAKU_PUBLIC_URL;
  if (env.HANKEHAKU_ADMIN_KEY) config.adminKey = env.HANKEHAKU_ADMIN_KEY;
  if (env.HANKEHAKU_DATA_DIR) config.dataDir = env.HANKEHAKU_DATA_DIR;
  if (env.HANKEHAKU_SAMPLE_CORPUS !== undefined)
    config.sampleCorpus = parseBoolean("HANKEHAKU_SAMPLE_CORPUS", env.HANKEHAKU_SAMPLE_CORPUS);
  if (env.MEILI_URL) config.meili.url = env.MEILI_URL;
  if (env.MEILI_MASTER_KEY) config.meili.masterKey = env.MEILI_MASTER_KEY;
  if (env.MEILI_BINARY) config.meili.binary = env.MEILI_BINARY;
  config.dataDir = path.resolve(cwd, config.dataDir);
  config.crawler.userAgent = config.crawler.userAgent.replace("{publicUrl}", config.publicUrl.replace(/\/$/, ""));
  validate(config);
  return config;
}

function validate(config: Config): void {
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65535) {
    throw new ConfigError(`port must be an integer 0-65535, got ${config.port}`);
  }
  const keys = new Set<string>();
  for (const partner of config.partners) {
    if (!/^[A-Za-z0-9_-]{8,128}$/.test(partner.key ?? ""))
      throw new ConfigError(`partner "${partner.name}": key must be 8-128 letters, digits, - or _`);
    if (keys.has(partner.key)) throw new ConfigError(`partner key "${partner.key}" is used twice`);
    keys.add(partner.key);
    for (const origin of partner.origins ?? []) {
      if (!/^https?:\/\/[^/]+$/.test(origin))
        throw new ConfigError(`partner "${partner.name}": origin "${origin}" must be scheme://host[:port]`);
    }
    for (const param of Object.keys(partner.scope ?? {})) {
      if (!(param in FACETS))
        throw new ConfigError(
          `partner "${partner.name}": scope "${param}" is not a facet (${Object.keys(FACETS).join(", ")})`,
        );
    }
  }
  const names = new Set<string>();
  for (const source of config.sources) {
    if (!source.name || !/^[a-z0-9][a-z0-9-]*$/.test(source.name)) {
      throw new ConfigError(`source name "${source.name}" must be lower-case letters, digits and dashes`);
    }
    if (names.has(source.name)) throw new ConfigError(`source name "${source.name}" is used twice`);
    names.add(source.name);
    if (!Array.isArray(source.startUrls) || source.startUrls.length === 0) {
      throw new ConfigError(`source "${source.name}" needs at least one start URL`);
    }
    if (source.schedule !== undefined && !cron.validate(source.schedule)) {
      throw new ConfigError(`source "${source.name}": schedule "${source.schedule}" is not a valid cron expression`);
    }
    for (const pattern of [
      ...(source.include ?? []),
      ...(source.exclude ?? []),
      ...(source.projectPages ? [source.projectPages] : []),
    ]) {
      try {
        new RegExp(pattern);
      } catch {
        throw new ConfigError(`source "${source.name}": "${pattern}" is not a valid regular expression`);
      }
    }
  }
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new ConfigError(`PORT must be an integer 0-65535, got "${value}"`);
  return port;
}

function parseBoolean(name: string, value: string): boolean {
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(`${name} must be true or false, got "${value}"`);
}

async function readJson(file: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read config file ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(`config file ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Objects merge key by key; arrays and scalars from the override replace the base. */
function deepMerge(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = result[key];
    result[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
