// Writes project records into Meilisearch: settings, batched upserts and deletions, and full
// rebuilds into a fresh index that is swapped in atomically, so search never sees a half-built
// index. Every task is awaited; a failed task becomes an IndexingError with Meilisearch's reason.
// Each record gets the hidden `searchKeys` field (text-analysis.ts) and `searchConcepts` field
// (thesaurus.ts) on its way in.
// Usage: const indexer = createIndexer({ client, indexName, analyzer, vocabulary });
//        await indexer.ensureIndex(); await indexer.upsert(projects);
//        await indexer.rebuild(async (upsert) => { await upsert(allProjects); });

import type { EnqueuedTask, EnqueuedTaskPromise, Meilisearch, Task } from "meilisearch";
import type { Project } from "../core/project.js";
import { quoteFilterValue } from "./filter.js";
import { readConfigJson } from "../core/paths.js";
import {
  compileCodePatterns,
  planMerge,
  PROJECT_KEY_FIELD,
  SOURCE_URLS_FIELD,
  titleKey,
  type CodePattern,
  type CodePatternFile,
  type MergePlan,
} from "./merge.js";
import { buildIndexSettings, CONCEPTS_FIELD, KEYS_FIELD } from "./settings.js";
import type { SearchVocabulary, TextAnalyzer } from "./text-analysis.js";

export class IndexingError extends Error {
  override name = "IndexingError";
}

export type Upsert = (projects: Project[]) => Promise<void>;

export interface Indexer {
  ensureIndex(): Promise<void>;
  upsert: Upsert;
  remove(ids: string[]): Promise<void>;
  /** Pages gone from the web: each leaves its record, which goes too when no page is left. */
  removePages(urls: string[]): Promise<void>;
  count(): Promise<number>;
  /** Builds a new index with what `fill` upserts, then swaps it in; the old one serves until then. */
  rebuild(fill: (upsert: Upsert) => Promise<void>): Promise<{ count: number }>;
}

export interface IndexerOptions {
  client: Meilisearch;
  indexName: string;
  analyzer: TextAnalyzer;
  vocabulary: SearchVocabulary;
  batchSize?: number;
  taskTimeoutMs?: number;
  /** Project code patterns for merging; by default config/project-codes.json. */
  codePatterns?: CodePattern[];
}

export async function loadCodePatterns(): Promise<CodePattern[]> {
  return compileCodePatterns(await readConfigJson<CodePatternFile>("project-codes.json"));
}

type IndexedProject = Project & {
  [KEYS_FIELD]: string;
  [CONCEPTS_FIELD]: string;
  [PROJECT_KEY_FIELD]?: string;
  [SOURCE_URLS_FIELD]: string[];
};

/** The text of a record that its keys and concepts are read from. */
function searchTextOf(project: Project): string {
  return [
    project.title,
    project.summary,
    ...project.organisations,
    ...project.targetGroups,
    ...project.themes,
    ...project.regions,
    ...project.municipalities,
    ...project.funders,
    project.description,
  ].join("\n");
}

/** The facet values the thesaurus names in three languages. */
const namedValuesOf = (project: Project) => ({
  regions: project.regions,
  targetGroups: project.targetGroups,
  themes: project.themes,
  funders: project.funders,
});

export function keysOf(project: Project, analyzer: TextAnalyzer): string {
  // The names of its facet values in Finnish, Swedish and English: one catalogue, three languages.
  const names = analyzer.thesaurus.namesOf(namedValuesOf(project));
  const own = analyzer.keys(searchTextOf(project), project.language);
  return [own, analyzer.keys(names.join("\n"))].filter(Boolean).join(" ");
}

/** The tokens of the thesaurus concepts the record is about ("kotihoito" is elderly care). */
export function conceptsOf(project: Project, analyzer: TextAnalyzer): string {
  return analyzer.thesaurus.conceptsIn(searchTextOf(project), namedValuesOf(project)).join(" ");
}

export function createIndexer(options: IndexerOptions): Indexer {
  const { client, indexName, analyzer, vocabulary, batchSize = 1000, taskTimeoutMs = 300_000 } = options;
  const settings = buildIndexSettings(vocabulary, analyzer);
  const rebuildPrefix = `${indexName}__rebuild_`;

  function check(what: string, uid: string, task: Task): Task {
    if (task.status !== "succeeded") {
      const reason = task.error ? `${task.error.code}: ${task.error.message}` : task.status;
      throw new IndexingError(`${what} on index "${uid}" ${task.status}: ${reason}`);
    }
    return task;
  }

  async function settle(what: string, uid: string, enqueued: EnqueuedTaskPromise): Promise<Task> {
    return check(what, uid, await enqueued.waitTask({ timeout: taskTimeoutMs, interval: 50 }));
  }

  async function ensure(uid: string): Promise<void> {
    try {
      await client.getIndex(uid);
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code !== "index_not_found") throw error;
      await settle("create index", uid, client.createIndex(uid, { primaryKey: "id" }));
    }
    await settle("update settings", uid, client.index(uid).updateSettings(settings));
  }

  let codePatterns: Promise<CodePattern[]> | undefined = options.codePatterns && Promise.resolve(options.codePatterns);

  const indexed = (project: Project): IndexedProject => {
    const key = titleKey(project.title);
    return {
      ...project,
      [KEYS_FIELD]: keysOf(project, analyzer),
      [CONCEPTS_FIELD]: conceptsOf(project, analyzer),
      ...(key ? { [PROJECT_KEY_FIELD]: key } : {}),
      [SOURCE_URLS_FIELD]: project.sources.map((source) => source.url),
    };
  };

  /** The indexed records an incoming page could belong to: the same folded title or page URL. */
  const knownFor = async (uid: string, projects: Project[]): Promise<Project[]> => {
    const lookups: [string, string][] = [];
    for (const project of projects) {
      const key = titleKey(project.title);
      if (key) lookups.push([PROJECT_KEY_FIELD, key]);
      for (const source of project.sources) lookups.push([SOURCE_URLS_FIELD, source.url]);
    }
    const known = new Map<string, Project>();
    for (let start = 0; start < lookups.length; start += 100) {
      const byField = new Map<string, Set<string>>();
      for (const [field, value] of lookups.slice(start, start + 100))
        byField.set(field, (byField.get(field) ?? new Set()).add(value));
      const filter = [...byField]
        .map(([field, values]) => `${field} IN [${[...values].map(quoteFilterValue).join(", ")}]`)
        .join(" OR ");
      const { results } = await client.index(uid).getDocuments<IndexedProject>({ filter, limit: 1000 });
      for (const document of results) known.set(document.id, stripIndexFields(document));
    }
    return [...known.values()];
  };

  /** Where each incoming page goes: merged on evidence, or a record of its own (merge.ts). */
  const mergeWithIndexed = async (uid: string, projects: Project[]): Promise<MergePlan> => {
    codePatterns ??= loadCodePatterns();
    return planMerge(await knownFor(uid, projects), projects, await codePatterns);
  };

  // Batches are enqueued in order, then all awaited: Meilisearch merges queued additions into
  // one indexing run, and every task's outcome is still checked.
  const upsertInto =
    (uid: string): Upsert =>
    async (projects) => {
      const { upserts, deletes } = await mergeWithIndexed(uid, projects);
      const enqueued: EnqueuedTask[] = [];
      for (let start = 0; start < upserts.length; start += batchSize) {
        const batch = upserts.slice(start, start + batchSize).map(indexed);
        enqueued.push(await client.index(uid).addDocuments(batch, { primaryKey: "id" }));
      }
      if (deletes.length > 0) enqueued.push(await client.index(uid).deleteDocuments(deletes));
      const tasks = await client.tasks.waitForTasks(enqueued, { timeout: taskTimeoutMs, interval: 50 });
      tasks.forEach((task) => check(`upsert of projects`, uid, task));
    };

  return {
    ensureIndex: () => ensure(indexName),
    upsert: upsertInto(indexName),
    async remove(ids) {
      for (let start = 0; start < ids.length; start += batchSize) {
        await settle(
          "deletion",
          indexName,
          client.index(indexName).deleteDocuments(ids.slice(start, start + batchSize)),
        );
      }
    },
    async removePages(urls) {
      if (urls.length === 0) return;
      const filter = `${SOURCE_URLS_FIELD} IN [${urls.map(quoteFilterValue).join(", ")}]`;
      const { results } = await client.index(indexName).getDocuments<IndexedProject>({ filter, limit: 1000 });
      const gone = new Set(urls);
      const emptied: string[] = [];
      const kept: Project[] = [];
      for (const document of results) {
        const sources = document.sources.filter((source) => !gone.has(source.url));
        if (sources.length === 0) emptied.push(document.id);
        else kept.push({ ...stripIndexFields(document), sources });
      }
      if (emptied.length > 0) await settle("deletion", indexName, client.index(indexName).deleteDocuments(emptied));
      if (kept.length > 0) {
        await settle(
          "update",
          indexName,
          client.index(indexName).addDocuments(kept.map(indexed), { primaryKey: "id" }),
        );
      }
    },
    async count() {
      return (await client.index(indexName).getStats()).numberOfDocuments;
    },
    async rebuild(fill) {
      // A rebuild that died half-way (Meilisearch gone, process killed) left its index behind.
      const { results } = await client.getIndexes({ limit: 1000 });
      for (const stale of results.filter((index) => index.uid.startsWith(rebuildPrefix))) {
        await settle("delete stale rebuild", stale.uid, client.deleteIndex(stale.uid));
      }
      const building = `${rebuildPrefix}${Date.now()}`;
      await ensure(building);
      await fill(upsertInto(building));
      const count = (await client.index(building).getStats()).numberOfDocuments;
      await ensure(indexName);
      await settle("swap", indexName, client.swapIndexes([{ indexes: [indexName, building], rename: false }]));
      await settle("delete replaced index", building, client.deleteIndex(building));
      return { count };
    },
  };
}

/** A stored document as a plain project record, without the fields only the index needs. */
function stripIndexFields(document: IndexedProject): Project {
  const project: Partial<IndexedProject> = { ...document };
  for (const field of [KEYS_FIELD, CONCEPTS_FIELD, PROJECT_KEY_FIELD, SOURCE_URLS_FIELD] as const)
    delete project[field];
  return project as Project;
}
