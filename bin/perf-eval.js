#!/usr/bin/env node
'use strict';
// The perf-eval command, run from its bundle (built from the TypeScript sources when missing or out of
// date, see cli-bundle.js), so `npx perf-eval` works in a checkout after `npm ci` without a build step.
// A large workbook runs under the V8 flags of node-flags.js: started without them, the command starts
// Node again with them, passes on the signals it is sent and ends as that process ends.
const { restartArguments } = require('./node-flags');

const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

const restart = restartArguments(process.execArgv, __filename, process.argv.slice(2));
if (restart === null) {
  const { cliBundlePath } = require('./cli-bundle');
  require(cliBundlePath()).runFromProcess();
} else {
  const child = require('node:child_process').spawn(process.execPath, restart, { stdio: 'inherit' });
  // stopped (Ctrl+C, a timeout, a closed terminal): the process doing the work stops too
  const forward = (signal) => child.kill(signal);
  for (const signal of FORWARDED_SIGNALS) process.on(signal, forward);
  child.on('error', (error) => {
    throw error;
  });
  child.on('exit', (code, signal) => {
    for (const name of FORWARDED_SIGNALS) process.off(name, forward);
    // ended by a signal: end the same way, so that a shell or a script sees what happened
    if (signal) process.kill(process.pid, signal);
    else process.exitCode = code ?? 1;
  });
}
