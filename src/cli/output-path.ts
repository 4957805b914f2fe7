import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../domain/model';
import { CLI_MESSAGES } from './messages';
import { writeFailure } from './write-failure';

/**
 * Without -o, the scored copy goes beside the input: 自评.xlsx → 自评.scored.xlsx. Always .xlsx:
 * ExcelJS does not keep macros, so an .xlsm input gives a macro-free .xlsx.
 */
export function defaultScoredPath(input: string): string {
  const extension = path.extname(input);
  const base = extension ? input.slice(0, -extension.length) : input;
  return `${base}.scored.xlsx`;
}

/**
 * true when both names lead to the same file, so the input is never overwritten. Names are not
 * enough: a hard link, a bind mount, a mapped drive beside its UNC path, or another letter case on
 * Windows and macOS (where realpath returns the case typed) are one file under two names. So when
 * both exist, their identity is compared (device and file number); the canonical names still are,
 * for a file system that gives no file number.
 */
export function isSameFile(a: string, b: string): boolean {
  return sameIdentity(a, b) || canonical(a) === canonical(b);
}

function sameIdentity(a: string, b: string): boolean {
  const first = identity(a);
  const second = identity(b);
  return first !== null && second !== null && first.dev === second.dev && first.ino === second.ino;
}

/** device and file number; null when the file does not exist or the file system gives no number */
function identity(file: string): { dev: bigint; ino: bigint } | null {
  try {
    const stat = statSync(file, { bigint: true });
    return stat.ino === 0n ? null : { dev: stat.dev, ino: stat.ino };
  } catch {
    return null;
  }
}

function canonical(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * Why `output` cannot be written, known before any work is done (a large workbook takes seconds to
 * score): it names a folder (a folder of that name exists), or the folder it goes into (the folder
 * itself, when it ends in a separator) does not exist or is a file, or its name does not end in the
 * extension of `exampleName` (what is written: .xlsx or .docx, in any letter case). null when it
 * looks writable; writing may still fail (a read-only folder, a full disk), and says so then.
 * `exampleName`: a file name to suggest in a folder.
 */
export function outputProblem(output: string, exampleName: string): Record<Locale, string> | null {
  const example = path.join(output, exampleName);
  if (isFolder(output)) return { 'zh-CN': CLI_MESSAGES['zh-CN'].outputIsFolder(example), 'en-US': CLI_MESSAGES['en-US'].outputIsFolder(example) };
  // "out/" means a folder even when there is none: say what is wrong with that folder
  return folderProblem(endsWithSeparator(output) ? example : output) ?? extensionProblem(output, path.extname(exampleName));
}

/**
 * A Word document named .xlsx, or a workbook named .docx, .xlsm or with no extension: Excel and Word
 * refuse to open a file whose extension does not match its content (and one with no extension is
 * opened by no program on a double-click), though the command would have said it was written.
 */
/** extensions of Office files and their kin: one typed in place of the right one is replaced in the name suggested */
const OFFICE_EXTENSIONS: ReadonlySet<string> = new Set(['.xlsx', '.xlsm', '.xlsb', '.xls', '.xltx', '.et', '.ods', '.csv', '.docx', '.docm', '.doc', '.dotx', '.wps', '.odt', '.pdf', '.txt']);

function extensionProblem(output: string, extension: string): Record<Locale, string> | null {
  if (extension !== '.xlsx' && extension !== '.docx') return null;
  const typed = path.extname(output);
  if (typed.toLowerCase() === extension) return null;
  // a document's extension is replaced (评分后.docx → 评分后.xlsx); any other dot is part of the name (自评表2024.03.15)
  const replaced = OFFICE_EXTENSIONS.has(typed.toLowerCase());
  const suggestion = `${replaced ? output.slice(0, -typed.length) : output}${extension}`;
  const reason = (locale: Locale) => CLI_MESSAGES[locale].wrongExtension[extension](suggestion);
  return { 'zh-CN': reason('zh-CN'), 'en-US': reason('en-US') };
}

/** the folder `file` goes into is missing, or is a file */
function folderProblem(file: string): Record<Locale, string> | null {
  try {
    if (!statSync(path.dirname(file)).isDirectory()) return writeFailure({ code: 'ENOTDIR' }, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return writeFailure(error, file);
  }
  return null;
}

function endsWithSeparator(file: string): boolean {
  return file.endsWith('/') || file.endsWith(path.sep);
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
