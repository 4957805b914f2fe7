#!/usr/bin/env node
'use strict';
// The perf-eval command: runs the TypeScript sources through tsx, so `npx perf-eval` works in a
// checkout after `npm ci` without a build step.
require('tsx/cjs');
const { runFromProcess } = require('../src/cli/main.ts');

runFromProcess();
