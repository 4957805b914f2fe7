import type { Locale } from '../../domain/model';

/** Why a file could not be opened as a workbook. */
export type UnreadableWorkbookReason =
  | 'notFound'
  | 'notAFile'
  | 'noPermission'
  | 'busy'
  | 'readFailed'
  | 'empty'
  | 'encryptedOrXls'
  | 'notXlsx'
  | 'incomplete'
  | 'zipNotWorkbook'
  | 'binaryWorkbook'
  | 'corrupt';

const REASON_MESSAGES: Record<UnreadableWorkbookReason, Record<Locale, string>> = {
  notFound: { 'zh-CN': '文件不存在', 'en-US': 'the file does not exist' },
  notAFile: { 'zh-CN': '这不是一个文件（可能是文件夹）', 'en-US': 'this is not a file (a folder?)' },
  noPermission: { 'zh-CN': '没有读取该文件的权限', 'en-US': 'no permission to read the file' },
  busy: {
    'zh-CN': '文件正被其他程序（如 Excel、WPS）占用，请关闭后再试',
    'en-US': 'the file is in use by another program (Excel, WPS); close it and try again',
  },
  readFailed: {
    'zh-CN': '读取文件时出错（磁盘或网络位置的读写错误），请把文件复制到本机后再试',
    'en-US': 'the file could not be read (a disk or network read error); copy it to this computer and try again',
  },
  empty: { 'zh-CN': '文件是空的（0 字节）', 'en-US': 'the file is empty (0 bytes)' },
  encryptedOrXls: {
    'zh-CN': '文件已加密或是 .xls（Excel 97-2003）格式，请去掉密码或在 Excel/WPS 中另存为 .xlsx 后再试',
    'en-US': 'the file is encrypted or .xls (Excel 97-2003); remove the password or save it as .xlsx in Excel/WPS',
  },
  notXlsx: {
    'zh-CN': '这不是 .xlsx 工作簿（文件内容不是 Excel 2007 及以后的格式）',
    'en-US': 'this is not an .xlsx workbook (the content is not the Excel 2007+ format)',
  },
  incomplete: {
    'zh-CN': '文件不完整或已损坏（可能下载或复制时中断），请重新获取原文件后再试',
    'en-US': 'the file is incomplete or damaged (a download or copy cut short?); get the original file again',
  },
  zipNotWorkbook: {
    'zh-CN': '这是压缩包但不是 Excel 工作簿（可能是 .docx、.ods 或其他文件）',
    'en-US': 'this is a zip archive but not an Excel workbook (a .docx, .ods or other file?)',
  },
  binaryWorkbook: {
    'zh-CN': '这是 .xlsb（二进制工作簿），请在 Excel 中另存为 .xlsx',
    'en-US': 'this is an .xlsb (binary workbook); save it as .xlsx in Excel',
  },
  corrupt: {
    'zh-CN': '工作簿已损坏，无法读取',
    'en-US': 'the workbook is damaged and cannot be read',
  },
};

/** Raised by openXlsx: the reason is a stable code, with a one-line message in both languages. */
export class UnreadableWorkbookError extends Error {
  readonly reason: UnreadableWorkbookReason;
  readonly messages: Record<Locale, string>;

  /** `systemCode`: the system's code of a failed read (EIO …), shown after a readFailed message */
  constructor(reason: UnreadableWorkbookReason, detail?: string, systemCode?: string) {
    const fixed = REASON_MESSAGES[reason];
    const messages = systemCode ? { 'zh-CN': `${fixed['zh-CN']}（${systemCode}）`, 'en-US': `${fixed['en-US']} (${systemCode})` } : fixed;
    super(detail ? `${messages['en-US']} (${detail})` : messages['en-US']);
    this.name = 'UnreadableWorkbookError';
    this.reason = reason;
    this.messages = messages;
  }
}

export function isUnreadableWorkbookError(error: unknown): error is UnreadableWorkbookError {
  return error instanceof UnreadableWorkbookError;
}
