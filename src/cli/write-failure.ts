import path from 'node:path';
import type { Locale } from '../domain/model';
import { CLI_MESSAGES, type WriteErrorCode } from './messages';

const KNOWN_CODES: ReadonlySet<string> = new Set<WriteErrorCode>(['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EBUSY', 'EROFS', 'EISDIR', 'ENOTEMPTY', 'EEXIST', 'ENOSPC']);

/**
 * Why `file` could not be written, in both languages, naming the folder it was to go into: the
 * system's "ENOENT: no such file or directory, write '…'" is English and names no remedy. A code this
 * does not know keeps the system's message.
 */
export function writeFailure(error: unknown, file: string): Record<Locale, string> {
  const code = (error as { code?: unknown } | null)?.code;
  const raw = error instanceof Error ? error.message : String(error);
  if (typeof code !== 'string' || !KNOWN_CODES.has(code)) return { 'zh-CN': raw, 'en-US': raw };
  const typedFolder = path.dirname(file);
  const folder = typedFolder === '.' ? path.resolve(typedFolder) : typedFolder;
  const reason = (locale: Locale) => CLI_MESSAGES[locale].writeError[code as WriteErrorCode](folder);
  return { 'zh-CN': reason('zh-CN'), 'en-US': reason('en-US') };
}
