#!/usr/bin/env node
'use strict';
// The perf-eval command, run from its bundle (built from the TypeScript sources when missing or out of
// date, see cli-bundle.js), so `npx perf-eval` works in a checkout after `npm ci` without a build step.
// A large workbook runs under the V8 flags of node-flags.js: started without them, the command starts
// Node again with them and ends as that process ends.
const { restartArguments } = require('./node-flags');

const restart = restartArguments(process.execArgv, __filename, process.argv.slice(2));
if (restart === null) {
  const { cliBundlePath } = require('./cli-bundle');
  require(cliBundlePath()).runFromProcess();
} else {
  const child = require('node:child_process').spawnSync(process.execPath, restart, { stdio: 'inherit' });
  if (child.error) throw child.error;
  // ended by a signal (Ctrl+C): end the same way, so that a shell or a script sees what happened
  if (child.signal) process.kill(process.pid, child.signal);
  process.exitCode = child.status ?? 1;
}
