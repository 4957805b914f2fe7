'use strict';
/**
 * The V8 flags the perf-eval command runs under, and the restart that gives them to it.
 *
 * A young generation of 64 MB from the start (Node's default starts at 1 MB and grows to 16 MB). One
 * evaluation of a 100,000-row table makes a report of about 42 MB in Node, which keeps every object at
 * full size, and almost all of it lives on: with the default young generation V8 ran four scavenges
 * per evaluation, each copying what the report held so far. With 64 MB the engine's median went from
 * 162 to 131 ms (6 alternating pairs, B/A 0.81), and `perf-eval score` on a 100,000-indicator
 * workbook from 15.2–16.9 s to 13.5–14.5 s, its peak memory unchanged. V8 sizes the heap when the
 * process starts, so the flags cannot be set from inside it (v8.setFlagsFromString leaves it as it
 * was), and NODE_OPTIONS does not accept --min-semi-space-size: the command starts Node again with
 * them, which costs one Node start (~0.1 s).
 */
const COMMAND_NODE_FLAGS = ['--min-semi-space-size=64', '--max-semi-space-size=64'];

/**
 * The arguments to start `script` again under the command's flags (the running Node's own flags and
 * the user's arguments kept), or null when this process already has them.
 */
function restartArguments(execArgv, script, args) {
  if (COMMAND_NODE_FLAGS.every((flag) => execArgv.includes(flag))) return null;
  return [...COMMAND_NODE_FLAGS, ...execArgv, script, ...args];
}

module.exports = { COMMAND_NODE_FLAGS, restartArguments };
