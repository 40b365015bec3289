// What operators see per source (`npm run cli -- status`, GET /api/admin/sources): the last
// crawl and its outcome, pages seen, new, changed, removed, errors, and the next scheduled run
// (cron-parser reads the schedule). Pure: configuration, stored state and the clock in.
// Usage: const rows = sourceStatuses(sources, await crawlState.read(), new Date());

import { CronExpressionParser } from "cron-parser";
import type { SourceConfig } from "../config/config.js";
import type { CrawlStateFile, SourceState } from "./crawl-state.js";

export interface SourceStatus extends Partial<SourceState> {
  name: string;
  description?: string;
  enabled: boolean;
  schedule?: string;
  nextRunAt?: string;
}

function nextRun(schedule: string, now: Date): string | undefined {
  try {
    return CronExpressionParser.parse(schedule, { currentDate: now }).next().toISOString() ?? undefined;
  } catch {
    return undefined;
  }
}

export function sourceStatuses(sources: SourceConfig[], state: CrawlStateFile, now: Date): SourceStatus[] {
  return sources.map((source) => {
    const enabled = source.enabled !== false;
    return {
      name: source.name,
      ...(source.description ? { description: source.description } : {}),
      enabled,
      ...(source.schedule ? { schedule: source.schedule } : {}),
      ...(source.schedule && enabled ? { nextRunAt: nextRun(source.schedule, now) } : {}),
      ...state[source.name],
    };
  });
}

/** The statuses as a plain-text table for the terminal. */
export function statusTable(rows: SourceStatus[]): string {
  const header = ["source", "last crawl", "result", "pages", "new", "changed", "removed", "errors", "next run"];
  const lines = rows.map((row) => [
    row.name,
    row.lastRunAt?.slice(0, 16).replace("T", " ") ?? "never",
    row.lastError ? `failed: ${row.lastError.slice(0, 60)}` : row.lastSuccessAt ? "ok" : "–",
    String(row.pagesSeen ?? "–"),
    String(row.newProjects ?? "–"),
    String(row.changedProjects ?? "–"),
    String(row.removedProjects ?? "–"),
    String(row.errors ?? "–"),
    row.enabled ? (row.nextRunAt?.slice(0, 16).replace("T", " ") ?? "not scheduled") : "disabled",
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]?.length ?? 0)));
  return [header, ...lines]
    .map((line) =>
      line
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
