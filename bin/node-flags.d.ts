/** The V8 flags the perf-eval command runs a large workbook under (see node-flags.js for why). */
export const COMMAND_NODE_FLAGS: readonly string[];

/** From this many bytes of input the command starts Node again under COMMAND_NODE_FLAGS. */
export const LARGE_INPUT_BYTES: number;

/**
 * The arguments to start `script` again under the command's flags (the running Node's own flags and
 * the user's arguments kept), or null when this process has them already or no argument names a file
 * of LARGE_INPUT_BYTES or more. `sizeOf` gives an argument's file size (0 when it names none).
 */
export function restartArguments(execArgv: readonly string[], script: string, args: readonly string[], sizeOf?: (arg: string) => number): string[] | null;
