#!/usr/bin/env node
// `headstart` (and `npm run plan`): runs the bundled command line with plain Node, first
// rebuilding the bundle when any source is newer than it, so an edit in src/ is what runs.
const { BUNDLE, buildCli, staleReason } = require("../scripts/cli-bundle.cjs");

const stale = staleReason();
if (stale !== null) {
  try {
    buildCli();
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, " ");
    process.stderr.write(`headstart: the command line could not be built from src/ (${stale}): ${why}\n`);
    process.exit(1);
  }
}
require(BUNDLE).runCommand(process.argv.slice(2));
