/** The V8 flags the perf-eval command runs under (see node-flags.js for why). */
export const COMMAND_NODE_FLAGS: readonly string[];

/**
 * The arguments to start `script` again under the command's flags (the running Node's own flags and
 * the user's arguments kept), or null when this process already has them.
 */
export function restartArguments(execArgv: readonly string[], script: string, args: readonly string[]): string[] | null;
