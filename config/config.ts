// Loads Hankehaku's configuration: config/default.json, then the file named by
// HANKEHAKU_CONFIG (merged over it), then environment variables (PORT, HOST, MEILI_URL,
// MEILI_MASTER_KEY, MEILI_BINARY, HANKEHAKU_DATA_DIR, HANKEHAKU_SAMPLE_CORPUS, ...).
// The zod schema below is the one description of every setting: the Config type is inferred
// from it, and a misspelt key or a wrong type is refused naming the file or variable, the
// key path and what was expected ("config file x.json: crawler.concurency is not a known setting").
// Usage: const config = await loadConfig(process.env);

import { readFile } from "node:fs/promises";
import path from "node:path";
import cron from "node-cron";
import { z } from "zod";
import { FACETS } from "../core/project.js";
import { configFile } from "../core/paths.js";
import { messageOf } from "../core/errors.js";

const count = z.number().int().nonnegative();
const regularExpression = z.string().refine(isRegularExpression, "must be a regular expression");

const sourceSchema = z.strictObject({
  /** Short unique name, used in logs, state files and `crawl --source`. */
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be lower-case letters, digits and dashes"),
  description: z.string().optional(),
  /** Absolute URLs, or paths starting with "/" that resolve against the service's own base URL. */
  startUrls: z.array(z.string()).min(1, "must name at least one start URL"),
  /** Regular expressions; when given, only matching URLs are followed. */
  include: z.array(regularExpression).optional(),
  exclude: z.array(regularExpression).optional(),
  /** A node-cron expression for re-crawls. */
  schedule: z
    .string()
    .refine((expression) => cron.validate(expression), "must be a cron expression")
    .optional(),
  delayMs: count.optional(),
  maxPages: count.optional(),
  /** URLs crawled per path pattern (?page=N, /kalenteri/2024/05/…); overrides the crawler's. */
  maxUrlsPerPattern: z.number().int().positive().optional(),
  enabled: z.boolean().optional(),
  /** A regular expression for the URLs that are project pages; others are only followed. */
  projectPages: regularExpression.optional(),
  /** CSS selectors for sites whose layout the generic extraction gets wrong. */
  selectors: z.strictObject({ title: z.string().optional(), content: z.string().optional() }).optional(),
  /**
   * The origin that records name instead of the one crawled: for a site reached at a passing
   * address, like the bundled sample corpus served by the service itself.
   */
  publicOrigin: z.string().optional(),
  /**
   * A regular expression whose first group, matched against a page's path, names its site within the host, for a host
   * that holds several sites with templates of their own (the sample corpus); by default the host.
   */
  siteScope: regularExpression.optional(),
});

const crawlerSchema = z.strictObject({
  userAgent: z.string(),
  timeoutMs: count,
  maxBodyBytes: count,
  maxPages: count,
  /** URLs crawled per path pattern in one crawl of a source: stops endless calendars and paginators. */
  maxUrlsPerPattern: z.number().int().positive().optional(),
  delayMs: count,
  /** Hosts crawled at the same time (each host still gets one request at a time). */
  concurrency: z.number().int().positive(),
  maxRedirects: count,
  retries: count,
  retryBaseMs: count,
  /** A Retry-After longer than this fails the page instead of stalling the crawl. */
  maxRetryAfterMs: count,
});

const partnerSchema = z.strictObject({
  /** Public identifier a partner's page sends (data-key, ?key= or the X-Hankehaku-Key header). */
  key: z.string().regex(/^[A-Za-z0-9_-]{8,128}$/, "must be 8-128 letters, digits, - or _"),
  name: z.string(),
  /** Origins (scheme://host[:port]) whose pages may use the key. */
  origins: z.array(z.string().regex(/^https?:\/\/[^/]+$/, "must be scheme://host[:port]")),
  /** Facet values the partner's searches are always limited to, by query parameter name. */
  scope: z
    .record(z.string(), z.array(z.string()))
    .superRefine((scope, context) => {
      for (const param of Object.keys(scope).filter((key) => !(key in FACETS)))
        context.addIssue({
          code: "custom",
          path: [param],
          message: `is not a facet (${Object.keys(FACETS).join(", ")})`,
          input: scope[param],
        });
    })
    .optional(),
  rateLimitPerMinute: count.optional(),
});

const apiSchema = z.strictObject({
  /** Requests per minute for one client IP without a partner key. */
  rateLimitPerMinute: count,
  /** How long browsers and caches may keep a search response. */
  cacheSeconds: count,
});

const configSchema = z.strictObject({
  port: z.number().int().min(0).max(65535, "must be an integer 0-65535"),
  host: z.string(),
  /** Where people reach this service; named in the crawler's User-Agent as its contact page. */
  publicUrl: z.string(),
  dataDir: z.string(),
  /** Crawl and index the bundled sample corpus at start (clearly marked sample data). */
  sampleCorpus: z.boolean(),
  api: apiSchema,
  partners: z.array(partnerSchema).superRefine(unique("key")),
  /** Bearer key for /api/admin/*; empty turns the admin API off. */
  adminKey: z.string(),
  meili: z.strictObject({
    url: z.string().optional(),
    masterKey: z.string().optional(),
    binary: z.string().optional(),
    index: z.string().min(1, "must name an index"),
    /** Searches the API has in flight to Meilisearch at once (default: four per core of this machine). */
    searchConcurrency: z.number().int().min(1, "must be at least 1").optional(),
    /** Longest wait, in ms, for a turn at Meilisearch before the API answers 503 (default 30 000). */
    searchQueueWaitMs: count.optional(),
  }),
  crawler: crawlerSchema,
  sources: z.array(sourceSchema).superRefine(unique("name")),
});

export type Config = z.infer<typeof configSchema>;
export type SourceConfig = z.infer<typeof sourceSchema>;
export type CrawlerConfig = z.infer<typeof crawlerSchema>;
export type PartnerConfig = z.infer<typeof partnerSchema>;

/**
 * The environment variables, each with the setting it overrides. An empty variable counts as
 * unset, except PORT and HANKEHAKU_SAMPLE_CORPUS, whose empty value is a mistake to report.
 */
const ENV_SETTINGS = {
  PORT: { path: ["port"], value: z.string().regex(/^\d+$/, "must be an integer 0-65535").transform(Number) },
  HOST: { path: ["host"], value: z.string() },
  HANKEHAKU_PUBLIC_URL: { path: ["publicUrl"], value: z.string() },
  HANKEHAKU_ADMIN_KEY: { path: ["adminKey"], value: z.string() },
  HANKEHAKU_DATA_DIR: { path: ["dataDir"], value: z.string() },
  HANKEHAKU_SAMPLE_CORPUS: {
    path: ["sampleCorpus"],
    value: z
      .string()
      .regex(/^(1|true|yes|on|0|false|no|off)$/i, "must be true or false")
      .transform((text) => /^(1|true|yes|on)$/i.test(text)),
  },
  MEILI_URL: { path: ["meili", "url"], value: z.string() },
  MEILI_MASTER_KEY: { path: ["meili", "masterKey"], value: z.string() },
  MEILI_BINARY: { path: ["meili", "binary"], value: z.string() },
} satisfies Record<string, { path: string[]; value: z.ZodType<unknown, string> }>;

type EnvName = keyof typeof ENV_SETTINGS;
const STRICT_ENV = new Set<EnvName>(["PORT", "HANKEHAKU_SAMPLE_CORPUS"]);

export class ConfigError extends Error {
  override name = "ConfigError";
}

const DEFAULT_CONFIG_FILE = configFile("default.json");

type Env = Record<string, string | undefined>;
type Path = readonly PropertyKey[];

export async function loadConfig(env: Env = process.env, cwd = process.cwd()): Promise<Config> {
  const base = await readJson(DEFAULT_CONFIG_FILE);
  const overrideFile = env.HANKEHAKU_CONFIG ? path.resolve(cwd, env.HANKEHAKU_CONFIG) : undefined;
  const override = overrideFile ? await readJson(overrideFile) : {};
  // A setting is blamed on the file that gave it (or, when missing, gave the list that lacks it).
  const fileOf = (at: Path) =>
    `config file ${overrideFile && givenBy(override, at) ? overrideFile : DEFAULT_CONFIG_FILE}`;
  return settle(deepMerge(base, override), env, cwd, fileOf);
}

/** Environment variables win over files; every setting keeps a default. */
export function applyEnv(fileConfig: Config, env: Env, cwd: string): Config {
  return settle(fileConfig, env, cwd, () => "configuration");
}

/** Overlays the environment, validates the whole, and resolves what depends on other settings. */
function settle(fileConfig: unknown, env: Env, cwd: string, sourceOf: (at: Path) => string): Config {
  const fromEnv = readEnv(env);
  const merged = fromEnv.reduce((config, { at, value }) => withValue(config, at, value), fileConfig);
  const result = configSchema.safeParse(merged, { reportInput: true });
  if (!result.success) {
    const origin = (at: Path) => {
      const variable = fromEnv.find((setting) => samePath(setting.at, at.slice(0, setting.at.length)));
      return variable ? `environment variable ${variable.name}` : sourceOf(at);
    };
    throw new ConfigError(result.error.issues.map((issue) => describeIssue(issue, origin)).join("; "));
  }
  const config = result.data;
  config.dataDir = path.resolve(cwd, config.dataDir);
  config.crawler.userAgent = config.crawler.userAgent.replace("{publicUrl}", config.publicUrl.replace(/\/$/, ""));
  return config;
}

/** The settings the environment sets, parsed; a bad value is refused naming the variable. */
function readEnv(env: Env): { name: EnvName; at: Path; value: unknown }[] {
  const found = [];
  for (const [name, { path: at, value: schema }] of Object.entries(ENV_SETTINGS) as [
    EnvName,
    (typeof ENV_SETTINGS)[EnvName],
  ][]) {
    const text = env[name];
    if (text === undefined || (text === "" && !STRICT_ENV.has(name))) continue;
    const parsed = schema.safeParse(text);
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? "is not valid";
      throw new ConfigError(`environment variable ${name} ${message}, got ${JSON.stringify(text)}`);
    }
    found.push({ name, at, value: parsed.data });
  }
  return found;
}

/** One line per problem: where it came from, the key path, and what was expected. */
function describeIssue(issue: z.core.$ZodIssue, origin: (at: Path) => string): string {
  if (issue.code === "unrecognized_keys") {
    return issue.keys
      .map((key) => `${origin([...issue.path, key])}: ${keyPath([...issue.path, key])} is not a known setting`)
      .join("; ");
  }
  const where = `${origin(issue.path)}: ${keyPath(issue.path)}`;
  if (issue.code === "invalid_type") {
    const expected = issue.expected === "int" ? "integer" : issue.expected;
    if (issue.input === undefined) return `${where} is missing (${withArticle(expected)})`;
    return `${where} must be ${withArticle(expected)}, got ${JSON.stringify(issue.input)}`;
  }
  // The schema's own messages read "must be ..."; zod's built-in ones ("Too small: ...") follow a colon.
  const message = /^(must|is) /.test(issue.message) ? ` ${issue.message}` : `: ${issue.message}`;
  const got = issue.input === undefined ? "" : `, got ${JSON.stringify(issue.input)}`;
  return `${where}${message}${got}`;
}

/** crawler.concurrency, sources[1].schedule, partners[0].scope.kunta */
function keyPath(at: Path): string {
  return at.map((key, i) => (typeof key === "number" ? `[${key}]` : `${i > 0 ? "." : ""}${String(key)}`)).join("");
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;
}

function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

/** Whether `file` (a parsed config file) gave the value at `at`: the key, or a list or value above it. */
function givenBy(file: unknown, at: Path): boolean {
  let current = file;
  for (const key of at) {
    if (!isPlainObject(current)) return true; // An array or value replaces the default whole.
    if (!(String(key) in current)) return false;
    current = current[String(key)];
  }
  return true;
}

/** A copy of `target` with the value at `at` replaced, copying the objects on the way. */
function withValue(target: unknown, at: Path, value: unknown): unknown {
  const [key, ...rest] = at;
  if (key === undefined) return value;
  const object = isPlainObject(target) ? target : {};
  return { ...object, [key]: withValue(object[key as string], rest, value) };
}

function isRegularExpression(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/** For z.array(...).superRefine: no two items share `field`. */
function unique<Field extends string>(field: Field) {
  return (items: Record<Field, string>[], context: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item[field]))
        context.addIssue({ code: "custom", path: [index, field], message: "must be unique", input: item[field] });
      seen.add(item[field]);
    });
  };
}

async function readJson(file: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read config file ${file}: ${messageOf(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`config file ${file} is not valid JSON: ${messageOf(error)}`);
  }
  if (!isPlainObject(parsed)) throw new ConfigError(`config file ${file} must hold a JSON object`);
  return parsed;
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
