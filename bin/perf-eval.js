#!/usr/bin/env node
'use strict';
// The perf-eval command, run from its bundle (built from the TypeScript sources when missing or out of
// date, see cli-bundle.js), so `npx perf-eval` works in a checkout after `npm ci` without a build step.
const { cliBundlePath } = require('./cli-bundle');

require(cliBundlePath()).runFromProcess();
