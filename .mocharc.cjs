// Mocha for the whole suite: a real Meilisearch is started once by the root hooks.
// SPEC=test/integration/crawler.test.ts npx mocha runs one file (a path given on the command
// line would be added to the spec list below, not replace it).
module.exports = {
  "node-option": ["import=tsx"],
  spec: process.env.SPEC ? process.env.SPEC.split(",") : ["test/**/*.test.ts"],
  // The 20 kills of the crawler take minutes: only `npm run test:faults` (or SPEC=…) runs them.
  ignore: process.env.SPEC ? [] : ["test/faults/kill-crawler.test.ts"],
  require: ["test/support/hooks.ts"],
  reporter: "test/support/summary-reporter.cjs",
  timeout: 60000,
  exit: false,
};
