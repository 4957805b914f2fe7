/**
 * What the built command (build/perf-eval.cjs, see bin/cli-bundle.js) exposes: the command as
 * bin/perf-eval.js runs it, and its scoring path as the benchmark times it.
 */
export { runFromProcess } from './main';
export { scoreXlsxFile } from './score-file';
