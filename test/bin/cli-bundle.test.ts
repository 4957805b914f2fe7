import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliBundlePath, COMMAND_BUNDLE, type BundleOptions } from '../../bin/cli-bundle';

let dir: string;
let options: BundleOptions;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cli-bundle-'));
  await fs.writeFile(path.join(dir, 'entry.ts'), "export { grade } from './grade';\n");
  await fs.writeFile(path.join(dir, 'grade.ts'), "export const grade: string = '优';\n");
  await fs.writeFile(path.join(dir, 'package-lock.json'), '{}\n');
  options = { entry: path.join(dir, 'entry.ts'), outfile: path.join(dir, 'build', 'bundle.cjs'), alsoWatched: [path.join(dir, 'package-lock.json')] };
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** runs the bundle as a fresh module (require would keep the first one it loaded) */
async function gradeFrom(bundle: string): Promise<string> {
  const bundled: { exports: { grade?: string } } = { exports: {} };
  new Function('module', 'exports', 'require', await fs.readFile(bundle, 'utf8'))(bundled, bundled.exports, require);
  return bundled.exports.grade ?? '';
}

async function builtAt(file: string): Promise<number> {
  return (await fs.stat(file)).mtimeMs;
}

/** sets a file's modification time `seconds` from now */
async function touch(file: string, seconds: number): Promise<void> {
  const when = new Date(Date.now() + seconds * 1000);
  await fs.utimes(file, when, when);
}

describe('the command bundle', () => {
  it('is built when missing, with the project files it was built from listed beside it', async () => {
    const bundle = cliBundlePath(options);
    expect(bundle).toBe(options.outfile);
    expect(await gradeFrom(bundle)).toBe('优');
    const inputs = JSON.parse(await fs.readFile(path.join(dir, 'build', 'bundle.inputs.json'), 'utf8')) as string[];
    expect(inputs.sort()).toEqual([path.join(dir, 'entry.ts'), path.join(dir, 'grade.ts')]);
    expect((await fs.readdir(path.join(dir, 'build'))).sort()).toEqual(['bundle.cjs', 'bundle.inputs.json']);
  });

  it('is used as it is while nothing it was built from has changed', async () => {
    cliBundlePath(options);
    await touch(options.outfile, 5);
    const before = await builtAt(options.outfile);
    cliBundlePath(options);
    expect(await builtAt(options.outfile)).toBe(before);
  });

  it('is built again when a source file changed since, and runs the new code', async () => {
    cliBundlePath(options);
    await fs.writeFile(path.join(dir, 'grade.ts'), "export const grade: string = '良';\n");
    await touch(path.join(dir, 'grade.ts'), 5);
    expect(await gradeFrom(cliBundlePath(options))).toBe('良');
  });

  it('is built again when the lockfile changed (a dependency was updated)', async () => {
    cliBundlePath(options);
    await touch(options.outfile, -10);
    const before = await builtAt(options.outfile);
    await touch(path.join(dir, 'package-lock.json'), 0);
    cliBundlePath(options);
    expect(await builtAt(options.outfile)).toBeGreaterThan(before);
  });

  it('is built again when its list of inputs is missing', async () => {
    cliBundlePath(options);
    await touch(options.outfile, 5);
    const touched = await builtAt(options.outfile);
    await fs.rm(path.join(dir, 'build', 'bundle.inputs.json'));
    cliBundlePath(options);
    expect(await builtAt(options.outfile)).toBeLessThan(touched);
    await expect(fs.stat(path.join(dir, 'build', 'bundle.inputs.json'))).resolves.toBeTruthy();
  });

  it('is built again when it was built from another entry into the same file', async () => {
    cliBundlePath(options);
    await touch(options.outfile, 5);
    await fs.writeFile(path.join(dir, 'other.ts'), "export const grade: string = '中';\n");
    await touch(path.join(dir, 'other.ts'), -10);
    expect(await gradeFrom(cliBundlePath({ ...options, entry: path.join(dir, 'other.ts') }))).toBe('中');
  });

  describe('where its folder may not be written (a checkout installed read-only, copied with new times)', () => {
    const cacheVariables = ['XDG_CACHE_HOME', 'LOCALAPPDATA'] as const;
    let saved: Partial<Record<(typeof cacheVariables)[number], string>>;
    let cache: string;
    beforeEach(() => {
      saved = Object.fromEntries(cacheVariables.map((name) => [name, process.env[name]]));
      cache = path.join(dir, 'user-cache');
      for (const name of cacheVariables) process.env[name] = cache;
    });
    afterEach(() => {
      for (const name of cacheVariables) {
        if (saved[name] === undefined) delete process.env[name];
        else process.env[name] = saved[name];
      }
    });

    it('is built in the user’s cache folder, from the sources as they are, and used from there while fresh', async () => {
      cliBundlePath(options);
      await touch(options.outfile, -10);
      await fs.writeFile(path.join(dir, 'grade.ts'), "export const grade: string = '良';\n");
      // the bundle's folder refuses the new bundle (root, as tests may run, cannot be refused by modes)
      await fs.mkdir(`${options.outfile}.${process.pid}.partial`);
      const bundle = cliBundlePath(options);
      expect(path.relative(cache, bundle)).toMatch(/^perf-eval[\\/][0-9a-f]{16}[\\/]bundle\.cjs$/);
      expect(await gradeFrom(bundle)).toBe('良');
      await touch(bundle, 5);
      const built = await builtAt(bundle);
      expect(cliBundlePath(options)).toBe(bundle);
      expect(await builtAt(bundle)).toBe(built);
    });

    it('is built in place for a user without a home folder (no HOME, no passwd entry, as in some containers)', async () => {
      for (const name of cacheVariables) delete process.env[name];
      const homedir = jest.spyOn(os, 'homedir').mockImplementation(() => {
        throw Object.assign(new Error('ENOENT: uv_os_homedir returned ENOENT'), { code: 'ENOENT' });
      });
      try {
        expect(cliBundlePath(options)).toBe(options.outfile);
        expect(await gradeFrom(options.outfile)).toBe('优');
      } finally {
        homedir.mockRestore();
      }
    });

    it('tells the first failure when it cannot be built in either place', async () => {
      await fs.writeFile(path.join(dir, 'build'), 'a file where the folder should be');
      await fs.writeFile(cache, 'a file where the cache folder should be');
      expect(() => cliBundlePath(options)).toThrow(new RegExp(path.join(dir, 'build').replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')));
    });
  });

  it('is the perf-eval command, built from src/cli into build/', () => {
    const root = path.resolve(__dirname, '..', '..');
    expect(path.relative(root, COMMAND_BUNDLE.entry)).toBe(path.join('src', 'cli', 'bundle-entry.ts'));
    expect(path.relative(root, COMMAND_BUNDLE.outfile)).toBe(path.join('build', 'perf-eval.cjs'));
    expect(COMMAND_BUNDLE.alsoWatched).toContain(path.join(root, 'package-lock.json'));
  });
});
