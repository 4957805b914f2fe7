/** Where a bundle is built from and written to (see cli-bundle.js). */
export interface BundleOptions {
  /** the TypeScript module the bundle exposes */
  entry: string;
  /** the bundle; its inputs are listed beside it (NAME.inputs.json) */
  outfile: string;
  /** files that make the bundle stale when newer, besides those it was built from */
  alsoWatched: string[];
}

/** The perf-eval command's bundle: src/cli/bundle-entry.ts as build/perf-eval.cjs. */
export const COMMAND_BUNDLE: BundleOptions;

/** The bundle's path, built first when it is missing or older than anything it was built from. */
export function cliBundlePath(options?: BundleOptions): string;
