// Queries a person would type into Hankehaku, with the sample-corpus pages they would count as
// hits (by slug), read from relevance-judgements.json. Written from the user's side (planners,
// NGO staff, researchers): inflected forms, compounds, abbreviations, typos, phrases,
// exclusions, Swedish and English. Used by test/integration/relevance.test.ts and the benchmarks.
// Usage: import { JUDGEMENTS } from "../sample-corpus/relevance-judgements.js";

import { readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../core/paths.js";

export interface Judgement {
  query: string;
  /** Who would ask: planner, NGO or researcher. */
  who: string;
  why: string;
  relevant: string[];
}

export const JUDGEMENTS: Judgement[] = (
  JSON.parse(readFileSync(path.join(REPO_ROOT, "sample-corpus", "relevance-judgements.json"), "utf8")) as {
    judgements: Judgement[];
  }
).judgements;
