'use strict';
/**
 * The perf-eval command runs from one bundled file, build/perf-eval.cjs, that esbuild makes from
 * src/cli/bundle-entry.ts. Starting from it takes ~0.45 s, against ~1.1 s for compiling the TypeScript
 * sources through tsx on every run, and its code runs faster (calls between modules go straight to
 * the function, not through an export getter). `npm ci` builds it (the prepare script); when any
 * file it was built from, or the lockfile, is newer than the bundle (a checkout, an edit), the next
 * run builds it again (~1 s), so a run never uses stale code. Which files it was built from is written
 * beside it (perf-eval.inputs.json). A user who may not write into build/ gets the bundle built in
 * a cache folder of their own instead (see cliBundlePath).
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');

/** @typedef {{ entry: string, outfile: string, alsoWatched: string[] }} BundleOptions */

/** @type {BundleOptions} */
const COMMAND_BUNDLE = {
  entry: path.join(ROOT, 'src', 'cli', 'bundle-entry.ts'),
  outfile: path.join(ROOT, 'build', 'perf-eval.cjs'),
  // a dependency updated, or this file's build options changed
  alsoWatched: [path.join(ROOT, 'package-lock.json'), __filename],
};

/**
 * The bundle's path, built first when it is missing or older than anything it was built from. Where
 * it cannot be built in place (a checkout installed where its users may not write, copied there with
 * new modification times), it is built in a folder of the user's own (userBundle), so the command
 * still runs its sources' code; when that fails too, the first failure is the one told.
 */
function cliBundlePath(options = COMMAND_BUNDLE) {
  if (isFresh(options)) return options.outfile;
  // built there by an earlier run, from the sources as they are now
  const own = userBundle(options);
  if (own && isFresh(own)) return own.outfile;
  try {
    build(options);
    return options.outfile;
  } catch (error) {
    if (!own) throw error;
    try {
      build(own);
    } catch {
      throw error;
    }
    return own.outfile;
  }
}

/**
 * The same bundle in the user's cache folder (%LOCALAPPDATA% on Windows, $XDG_CACHE_HOME or ~/.cache
 * elsewhere), one folder per place it stands for: never in a folder others may write to, such as
 * /tmp, since the command runs what it finds there. null for a user without a home folder (a
 * container's user with no HOME and no passwd entry): the bundle is then built in place or not at all.
 * @param {BundleOptions} options
 * @returns {BundleOptions | null}
 */
function userBundle(options) {
  const cache = cacheFolder();
  if (cache === null) return null;
  const place = crypto.createHash('sha256').update(path.resolve(options.outfile)).digest('hex').slice(0, 16);
  return { ...options, outfile: path.join(cache, 'perf-eval', place, path.basename(options.outfile)) };
}

function cacheFolder() {
  if (process.platform === 'win32' && process.env.LOCALAPPDATA) return process.env.LOCALAPPDATA;
  if (process.platform !== 'win32' && process.env.XDG_CACHE_HOME) return process.env.XDG_CACHE_HOME;
  let home;
  try {
    home = os.homedir();
  } catch {
    return null;
  }
  if (!home) return null;
  return process.platform === 'win32' ? path.join(home, 'AppData', 'Local') : path.join(home, '.cache');
}

function inputsFile(outfile) {
  return outfile.replace(/\.c?js$/, '') + '.inputs.json';
}

function modifiedMs(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

function isFresh({ entry, outfile, alsoWatched }) {
  const built = modifiedMs(outfile);
  if (built === null) return false;
  let inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(inputsFile(outfile), 'utf8'));
  } catch {
    return false;
  }
  // built from another entry (the options changed, the output's name did not)
  if (!Array.isArray(inputs) || !inputs.includes(path.resolve(entry))) return false;
  for (const file of [...inputs, ...alsoWatched]) {
    const modified = modifiedMs(file);
    // a file it was built from that is gone means the sources moved on
    if (modified === null ? inputs.includes(file) : modified > built) return false;
  }
  return true;
}

function build({ entry, outfile }) {
  const esbuild = require('esbuild');
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  // written aside and renamed into place, so that two runs building at once never read half a file
  const partial = `${outfile}.${process.pid}.partial`;
  const result = esbuild.buildSync({
    entryPoints: [entry],
    outfile: partial,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    metafile: true,
    // a failure is thrown with its messages, and told only if the bundle cannot be built elsewhere either
    logLevel: 'silent',
  });
  // the project's own files (node_modules is watched through the lockfile)
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => !input.split(/[\\/]/).includes('node_modules'))
    .map((input) => path.resolve(input));
  const inputsPartial = `${inputsFile(outfile)}.${process.pid}.partial`;
  fs.writeFileSync(inputsPartial, `${JSON.stringify(inputs, null, 1)}\n`);
  fs.renameSync(inputsPartial, inputsFile(outfile));
  fs.renameSync(partial, outfile);
}

module.exports = { cliBundlePath, COMMAND_BUNDLE };

if (require.main === module) {
  const started = Date.now();
  build(COMMAND_BUNDLE);
  console.log(`built ${path.relative(ROOT, COMMAND_BUNDLE.outfile)} in ${Date.now() - started} ms`);
}
