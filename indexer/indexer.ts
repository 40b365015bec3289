// Writes project records into Meilisearch: settings, batched upserts and deletions.
// Every task is awaited and a failed task becomes an IndexingError with Meilisearch's reason.
// Usage: const indexer = createIndexer({ client, indexName }); await indexer.ensureIndex();
//        await indexer.upsert(projects);

import type { EnqueuedTaskPromise, Meilisearch, Task } from "meilisearch";
import type { Project } from "../project.js";
import { PROJECT_INDEX_SETTINGS } from "./settings.js";

export class IndexingError extends Error {
  override name = "IndexingError";
}

export interface Indexer {
  ensureIndex(): Promise<void>;
  upsert(projects: Project[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  count(): Promise<number>;
}

export interface IndexerOptions {
  client: Meilisearch;
  indexName: string;
  batchSize?: number;
  taskTimeoutMs?: number;
}

export function createIndexer({ client, indexName, batchSize = 1000, taskTimeoutMs = 120_000 }: IndexerOptions): Indexer {
  const index = client.index<Project>(indexName);

  async function settle(what: string, enqueued: EnqueuedTaskPromise): Promise<Task> {
    const task = await enqueued.waitTask({ timeout: taskTimeoutMs, interval: 50 });
    if (task.status !== "succeeded") {
      const reason = task.error ? `${task.error.code}: ${task.error.message}` : task.status;
      throw new IndexingError(`${what} on index "${indexName}" ${task.status}: ${reason}`);
    }
    return task;
  }

  return {
    async ensureIndex() {
      try {
        await client.getIndex(indexName);
      } catch (error) {
        if ((error as { cause?: { code?: string } }).cause?.code !== "index_not_found") throw error;
        await settle("create index", client.createIndex(indexName, { primaryKey: "id" }));
      }
      await settle("update settings", index.updateSettings(PROJECT_INDEX_SETTINGS));
    },
    async upsert(projects) {
      for (let start = 0; start < projects.length; start += batchSize) {
        const batch = projects.slice(start, start + batchSize);
        await settle(`upsert of ${batch.length} projects`, index.addDocuments(batch, { primaryKey: "id" }));
      }
    },
    async remove(ids) {
      for (let start = 0; start < ids.length; start += batchSize) {
        await settle("deletion", index.deleteDocuments(ids.slice(start, start + batchSize)));
      }
    },
    async count() {
      return (await index.getStats()).numberOfDocuments;
    },
  };
}
