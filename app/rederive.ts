// Keeps the index true to the running version's rules: when the rules fingerprint stored with the
// crawl state differs from the current one (an upgrade: new extraction rules, new hidden fields),
// every record is derived again from the crawl archive into a new index swapped in whole
// (indexFromArchive); the old index serves meanwhile. The fingerprint is stored only after the
// swap, so a crash or a stop half-way repeats the work on the next start.
// Usage: const outcome = await rederiveIfRulesChanged({ config, pipeline, logger, signal });
//        const check = await checkRules(config, pipeline); if (check.reason) ...

import { readdir } from "node:fs/promises";
import type { Config } from "../config/config.js";
import { messageOf } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import { archiveDir } from "../crawlers/archive.js";
import { indexFromArchive } from "./archive-rebuild.js";
import type { RecordsStatus } from "../server/routes/admin-routes.js";
import type { Pipeline } from "./pipeline.js";
import { createFingerprintStore, rulesFingerprint, type StoredFingerprint } from "./rules-fingerprint.js";

export interface RulesCheck {
  current: string;
  stored: StoredFingerprint | undefined;
  /** Why the index may not hold what the current rules derive; undefined when it does. */
  reason: string | undefined;
}

export type RederiveOutcome =
  | { action: "unchanged" | "recorded"; fingerprint: string }
  | { action: "no archive"; reason: string; fingerprint: string }
  | { action: "rebuilt"; reason: string; fingerprint: string; count: number; seconds: number }
  | { action: "failed"; error: string };

export async function checkRules(config: Config, pipeline: Pipeline): Promise<RulesCheck> {
  const current = await rulesFingerprint(config);
  const stored = await createFingerprintStore(config.dataDir).read();
  let reason: string | undefined;
  if (!stored) reason = "no rules fingerprint stored";
  else if (stored.index !== config.meili.index) reason = `records were derived into index "${stored.index}"`;
  else if (stored.fingerprint !== current) reason = "the rules that derive records changed";
  // Cheap, and catches an engine whose data went away while the data dir stayed.
  else if ((await pipeline.indexer.count()) === 0 && (await hasArchive(config.dataDir))) reason = "the index is empty";
  return { current, stored, reason };
}

/** Whether any source's pages are archived (without reading them). */
export async function hasArchive(dataDir: string): Promise<boolean> {
  try {
    return (await readdir(archiveDir(dataDir))).some((file) => file.endsWith(".hha"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}

export interface RederiveOptions {
  config: Config;
  pipeline: Pipeline;
  logger: Logger;
  /** Aborted at stop(): the rebuild takes no further record and is not swapped in. */
  signal?: AbortSignal;
  /** Told when re-deriving begins (it may take minutes), so operators can see it. */
  onRederiving?: (reason: string) => void;
}

/** Never throws: a failure is logged and answered, and the old records keep serving. */
export async function rederiveIfRulesChanged(options: RederiveOptions): Promise<RederiveOutcome> {
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  let check: RulesCheck;
  try {
    check = await checkRules(options.config, options.pipeline);
  } catch (error) {
    return failed(options.logger, {}, error, seconds());
  }
  const fields = { reason: check.reason, oldFingerprint: check.stored?.fingerprint, newFingerprint: check.current };
  try {
    return await rederive(options, check, fields, seconds);
  } catch (error) {
    return failed(options.logger, fields, error, seconds());
  }
}

async function rederive(
  { config, pipeline, logger, signal, onRederiving }: RederiveOptions,
  { current, reason }: RulesCheck,
  fields: Record<string, unknown>,
  seconds: () => number,
): Promise<RederiveOutcome> {
  const store = createFingerprintStore(config.dataDir);
  if (!reason) {
    logger.info({ fingerprint: current }, "the index holds what the running rules derive; no re-deriving");
    return { action: "unchanged", fingerprint: current };
  }
  if (!(await hasArchive(config.dataDir))) {
    if ((await pipeline.indexer.count()) === 0) {
      // Nothing derived by older rules: whatever the crawls bring now is derived by these.
      await store.write(current, config.meili.index);
      logger.info({ fingerprint: current }, "empty index and no archive; rules fingerprint recorded");
      return { action: "recorded", fingerprint: current };
    }
    logger.warn(
      fields,
      "records may be derived by other rules and there is no archive to re-derive them from; `index --rebuild` re-crawls",
    );
    return { action: "no archive", reason, fingerprint: current };
  }
  logger.info(fields, "re-deriving every record from the archive; the current index serves until the swap");
  onRederiving?.(reason);
  const { count } = await indexFromArchive(config, stoppable(pipeline, signal), logger);
  await store.write(current, config.meili.index);
  logger.info({ ...fields, count, seconds: seconds() }, "records re-derived from the archive and swapped in");
  return { action: "rebuilt", reason, fingerprint: current, count, seconds: seconds() };
}

/** What an operator is shown of an outcome (GET /api/admin/sources). */
export function recordsStatusOf(outcome: RederiveOutcome): RecordsStatus {
  switch (outcome.action) {
    case "failed":
      return { rules: "failed", reason: outcome.error };
    case "no archive":
      return { rules: "stale", reason: outcome.reason, fingerprint: outcome.fingerprint };
    default:
      return { rules: "current", fingerprint: outcome.fingerprint };
  }
}

function failed(logger: Logger, fields: Record<string, unknown>, error: unknown, seconds: number): RederiveOutcome {
  logger.warn(
    { ...fields, err: messageOf(error), seconds },
    "re-deriving failed; the old records keep serving and the next start tries again",
  );
  return { action: "failed", error: messageOf(error) };
}

/** The pipeline whose rebuild refuses further records once `signal` aborts, so nothing is swapped in. */
function stoppable(pipeline: Pipeline, signal: AbortSignal | undefined): Pipeline {
  if (!signal) return pipeline;
  const { indexer } = pipeline;
  const rebuild: typeof indexer.rebuild = (fill) =>
    indexer.rebuild((upsert) =>
      fill(async (projects) => {
        signal.throwIfAborted();
        await upsert(projects);
      }),
    );
  return { ...pipeline, indexer: { ...indexer, rebuild } };
}
