/**
 * What every patch of ExcelJS's internals does first: load the class it patches, and patch it once per
 * process however many times it is installed.
 */

/**
 * The prototype of the ExcelJS class `load` requires, or null where it cannot be loaded. Each caller
 * writes its require() with the module name spelled out, so that a bundler (the command's esbuild
 * bundle) patches the ExcelJS it bundles, not a second copy left in node_modules. ExcelJS ships these
 * classes without type declarations: `Prototype` is the caller's description of what it uses.
 */
export function exceljsPrototype<Prototype>(load: () => unknown): Prototype | null {
  try {
    return (load() as { prototype: Prototype }).prototype;
  } catch {
    return null;
  }
}

/** Marks `prototype` as patched under `marker`: false when it was already, and must not be patched again. */
export function markFirstPatch(prototype: object, marker: symbol): boolean {
  const marks = prototype as Record<symbol, boolean>;
  if (marks[marker]) return false;
  marks[marker] = true;
  return true;
}
