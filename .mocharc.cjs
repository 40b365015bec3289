// Mocha for the whole suite: a real Meilisearch is started once by the root hooks.
// SPEC=test/integration/crawler.test.ts npx mocha runs one file (a path given on the command
// line would be added to the spec list below, not replace it).
module.exports = {
  "node-option": ["import=tsx"],
  // The fault tests (kills, engine restarts, hostile sites) take minutes: `npm run test:faults`.
  spec: process.env.SPEC ? process.env.SPEC.split(",") : ["test/unit/**/*.test.ts", "test/integration/**/*.test.ts"],
  require: ["test/support/hooks.ts"],
  reporter: "test/support/summary-reporter.cjs",
  timeout: 60000,
  exit: false,
};
