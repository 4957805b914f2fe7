'use strict';
/**
 * The V8 flags the perf-eval command runs a large workbook under, and the restart that gives them.
 *
 * A young generation of 64 MB from the start (Node's default starts at 1 MB and grows to 16 MB). One
 * evaluation of a 100,000-row table makes a report of about 42 MB in Node, which keeps every object at
 * full size, and almost all of it lives on: with the default young generation V8 ran four scavenges
 * per evaluation, each copying what the report held so far. With 64 MB the engine's median went from
 * 162 to 131 ms (6 alternating pairs, B/A 0.81), and `perf-eval score` on a 100,000-indicator
 * workbook (4.4 MB) from 16.7–19.9 s to 15.2–17.1 s (3 pairs). 128 MB made evaluations run back to
 * back faster still (B/A 0.79: earlier reports die young) but not the command, which evaluates once
 * (15.8–19.3 s against 15.5–17.5 s with 64 MB, 3 pairs). Timed inside the command, 128 MB made the
 * one evaluate() faster on 100,000 indicators (median 246.7 → 155.5 ms, 8 pairs) but slower on 50,000
 * (103–115 → 108–148 ms, 4 pairs), and 256 MB took 565–748 ms: whether a scavenge falls inside the
 * evaluation, over a young generation full of the workbook's cells, decides it, not the size alone.
 *
 * V8 sizes the heap as the process starts, so the flags cannot be set from inside it
 * (v8.setFlagsFromString leaves it as it was), and NODE_OPTIONS does not accept
 * --min-semi-space-size: the command starts Node again with them. That costs ~0.1 s (median 506 →
 * 624 ms on seed-002.xlsx, 9 pairs), and the flags slow small workbooks a little (1,000 indicators:
 * 808 → 879 ms, the larger space's fresh pages), break even at 10,000 (0.45 MB: 2,268 → 2,143 ms
 * before the restart's cost) and pay from 30,000 (1.3 MB: 4,941 → 4,778 ms). So only an input of
 * LARGE_INPUT_BYTES or more starts Node again.
 */
const fs = require('node:fs');

const COMMAND_NODE_FLAGS = ['--min-semi-space-size=64', '--max-semi-space-size=64'];

/** an .xlsx of about 45,000 indicators */
const LARGE_INPUT_BYTES = 2 * 1024 * 1024;

/**
 * The arguments to start `script` again under the command's flags (the running Node's own flags and
 * the user's arguments kept), or null when this process has them already or no argument names a file
 * of LARGE_INPUT_BYTES or more.
 */
function restartArguments(execArgv, script, args, sizeOf = fileSize) {
  if (COMMAND_NODE_FLAGS.every((flag) => execArgv.includes(flag))) return null;
  if (!args.some((arg) => sizeOf(arg) >= LARGE_INPUT_BYTES)) return null;
  return [...COMMAND_NODE_FLAGS, ...execArgv, script, ...args];
}

/** bytes of the file an argument names; 0 when it names none (an option, a missing file, a folder) */
function fileSize(arg) {
  try {
    const stat = fs.statSync(arg);
    return stat.isFile() ? stat.size : 0;
  } catch {
    return 0;
  }
}

module.exports = { COMMAND_NODE_FLAGS, LARGE_INPUT_BYTES, restartArguments };
