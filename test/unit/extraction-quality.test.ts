// Extraction quality, field by field, over every hand-written page of the sample corpus
// (sample-corpus/gold.json: simulated real sites) and the five seed fixtures
// (../shared/fixtures/gold.json), scored together with crawlers/evaluation.ts (the same code as
// `npm run cli -- eval <folder>`). Prints precision, recall and F1 per field and for each set;
// fails if any field's F1 over both sets falls below 0.9.

import path from "node:path";
import { expect } from "chai";
import { REPO_ROOT } from "../../core/paths.js";
import { combineReports, evaluateFolder, formatScores, type EvaluationReport } from "../../crawlers/evaluation.js";
import { loadVocabularies } from "../../crawlers/vocabulary.js";
import { SHARED_DIR } from "../support/paths.js";

const MIN_F1 = 0.9;
const SETS = {
  "sample corpus": path.join(REPO_ROOT, "sample-corpus"),
  "seed fixtures": path.join(SHARED_DIR, "fixtures"),
};

describe("extraction quality against hand-written gold facts", function () {
  this.timeout(60_000);
  let all: EvaluationReport;

  before(async function () {
    const vocabularies = await loadVocabularies();
    const reports: EvaluationReport[] = [];
    for (const [name, folder] of Object.entries(SETS)) {
      const report = await evaluateFolder(folder, { vocabularies });
      console.log(`\n    ${name}: ${formatScores(report).replace(/\n/g, "\n    ")}`);
      reports.push(report);
    }
    all = combineReports(reports);
    console.log(`\n    both: ${formatScores(all).replace(/\n/g, "\n    ")}\n`);
  });

  it("scores more than 70 pages", function () {
    expect(all.pages).to.be.above(70);
  });

  for (const field of [
    "language",
    "kind",
    "title",
    "regions",
    "municipalities",
    "funders",
    "fundingShares",
    "coordinator",
    "organisations",
    "startDate",
    "endDate",
    "startYear",
    "endYear",
    "budgetEur",
    "targetGroups",
    "emails",
    "phones",
    "contacts",
    "publishedDate",
  ]) {
    it(`${field}: F1 at least ${MIN_F1}`, function () {
      const score = all.fields[field];
      expect(score, `${field} is scored`).to.not.equal(undefined);
      const misses = all.misses.filter((miss) => miss.field === field).map((miss) => miss.page);
      const f1 = score?.f1 ?? 0;
      expect(f1, `${field} F1; pages with a miss: ${misses.join(", ")}`).to.be.at.least(MIN_F1);
    });
  }
});
