// Rebuilds the index from the crawl archive alone, with no network (`index --from-archive`).
// Usage: const { count } = await indexFromArchive(config, pipeline, logger);

import type { Config } from "../config/config.js";
import { messageOf } from "../core/errors.js";
import type { Logger } from "../core/logger.js";
import type { Project } from "../core/project.js";
import { currentPages, readArchives } from "../crawlers/archive.js";
import { projectFromPage } from "../crawlers/crawl-source.js";
import { loadListingCues } from "../crawlers/listing-pages.js";
import { decodeHtml } from "../crawlers/fetcher.js";
import { openTemplateLearner, type PageCopy } from "../crawlers/template-learning.js";
import type { Pipeline } from "./pipeline.js";
import { sampleSource } from "./sample-source.js";

/**
 * For each source, the pages as they were last seen (pages gone on two crawls stay out), into
 * a new index swapped in whole.
 */
export async function indexFromArchive(
  config: Config,
  pipeline: Pipeline,
  logger: Logger,
  now: () => Date = () => new Date(),
): Promise<{ count: number }> {
  const sources = new Map([sampleSource(config.port), ...config.sources].map((source) => [source.name, source]));
  const cues = await loadListingCues();
  return pipeline.indexer.rebuild(async (upsert) => {
    for (const archive of await readArchives(config.dataDir)) {
      if (archive.skippedBytes > 0)
        logger.warn({ source: archive.source, bytes: archive.skippedBytes }, "torn or damaged archive records skipped");
      const source = sources.get(archive.source) ?? { name: archive.source, startUrls: [] };
      const projects = new Map<string, Project>();
      const pages: PageCopy[] = [];
      for (const record of currentPages(archive.records)) {
        const body = decodeHtml(record.body, record.headers["content-type"] ?? "");
        pages.push({ body, url: record.url, fetchedAt: record.fetchedAt });
      }
      // Every page counts for its site's template before any is read (template-learning.ts).
      const templates = await openTemplateLearner(config.dataDir, source);
      pages.forEach((page) => templates.learn(page));
      for (const page of pages) {
        try {
          const project = projectFromPage(page, source, pipeline.vocabularies, now(), templates, cues);
          if (project) projects.set(project.id, project);
        } catch (error) {
          logger.warn({ url: page.url, err: messageOf(error) }, "archived page could not be read; skipped");
        }
      }
      await templates.save();
      await upsert([...projects.values()]);
      logger.info(
        { source: archive.source, projects: projects.size, responses: archive.records.length },
        "source rebuilt from the archive",
      );
    }
  });
}
