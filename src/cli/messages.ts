import type { Locale, Severity } from '../domain/model';
import type { DroppedPart } from '../hosts/xlsx';

/** The system's reasons for a failed write that the command explains in the user's language. */
export type WriteErrorCode = 'ENOENT' | 'ENOTDIR' | 'EACCES' | 'EPERM' | 'EBUSY' | 'EROFS' | 'EISDIR' | 'ENOTEMPTY' | 'EEXIST' | 'ENOSPC';

/** Every string the command prints, in both languages (zh-CN first). The report text itself is Chinese. */
export interface CliMessages {
  usageLine: string;
  help: string;
  unknownCommand(command: string): string;
  badOption(detail: string): string;
  badLanguage(value: string): string;
  /** an option given to a command that does not take it: `command` is the one it is for */
  optionNotFor(option: string, command: string): string;
  missingInput(command: string): string;
  tooManyArguments(command: string): string;
  outputRequired(command: string): string;
  /** -o '' (or an empty template name) */
  emptyOutput: string;
  outputIsInput: string;
  /** the output names a folder; `example` is a file name in it */
  outputIsFolder(example: string): string;
  outputExists(path: string): string;
  /** the output's name does not end in the extension of what is written into it (.xlsx, .docx); `suggestion`: the name with it */
  wrongExtension: Record<'.xlsx' | '.docx', (suggestion: string) => string>;
  unreadable(path: string, reason: string): string;
  cannotScore(path: string, reason: string): string;
  cannotWrite(path: string, reason: string): string;
  /** a cell the engine reads holds a formula the file has no result for (written by a program, never calculated) */
  uncalculatedFormula(cell: string): string;
  /** why a write failed, naming the folder the file was to go into */
  writeError: Record<WriteErrorCode, (folder: string) => string>;
  internalError(detail: string): string;
  /** the input holds what the output will not keep (charts, pivot tables …) */
  droppedParts(parts: readonly DroppedPart[]): string;
  reading(path: string): string;
  scoringRows(rows: number): string;
  heading(unit: string, year: string, type: string): string;
  evaluationType: Record<'department' | 'project' | 'unknown', string>;
  total(score: string, max: string, ratio: string, grade: string): string;
  budgetLine(executed: string, adjusted: string, rate: string): string;
  levels(parts: string[]): string;
  warningCounts(counts: Record<Severity, number>): string;
  severity: Record<Severity, string>;
  moreWarnings(count: number, sheet: string): string;
  noWarnings: string;
  written(path: string): string;
  templateWritten(path: string): string;
  reportWritten(path: string): string;
  wholeWorkbook: string;
}

const ZH_PART: Record<DroppedPart, string> = { charts: '图表', pivotTables: '数据透视表', slicers: '切片器', shapes: '形状（文本框、箭头等）', macros: '宏（VBA）' };
const EN_PART: Record<DroppedPart, string> = { charts: 'charts', pivotTables: 'pivot tables', slicers: 'slicers', shapes: 'shapes (text boxes, arrows …)', macros: 'macros (VBA)' };

const zhCN: CliMessages = {
  usageLine: '用法：perf-eval template 输出.xlsx | perf-eval score 输入.xlsx [-o 输出.xlsx] [--json] [--lang zh-CN|en-US] | perf-eval report 输入.xlsx -o 输出.docx（perf-eval --help 查看说明）',
  help: [
    'perf-eval — 预算绩效自评：读取工作簿的预算执行表和绩效指标表，评分并写回结果。',
    '',
    '用法：',
    '  perf-eval template 输出.xlsx [--force]',
    '      写出空白模板（基本信息、预算执行、绩效指标、评分设置）。输出文件已存在时不覆盖，除非加 --force。',
    '  perf-eval score 输入.xlsx [-o 输出.xlsx] [--json] [--lang zh-CN|en-US]',
    '      评分，并把完成率、得分、提示列以及“评分结果”“自评报告”两张表写入输出文件。',
    '      输入文件从不修改；不给 -o 时，输出写在输入文件旁，文件名为 <输入文件名>.scored.xlsx；已有的输出文件会被替换。',
    '      --json 在标准输出只打印评分结果（schemaVersion、total、budget、levels、tasks、indicators、warnings、problems），',
    '      输出文件照常写出；进度和注意事项在标准错误输出。',
    '  perf-eval report 输入.xlsx -o 输出.docx [--lang zh-CN|en-US]',
    '      评分，并把自评报告写成 Word 文档（输入文件不修改；已有的输出文件会被替换）。',
    '',
    '选项：',
    '  -o, --output 文件   输出文件',
    '      --json          以 JSON 打印结果（score）',
    '      --lang 语言     提示信息的语言：zh-CN（默认）或 en-US；报告正文始终为中文',
    '      --force         覆盖已存在的模板文件（template）',
    '  -h, --help          显示本说明',
    '',
    '退出码：0 已完成（有无提示均为 0）；2 用法错误、文件无法读取或评分（不是 .xlsx、已加密、找不到绩效指标表等）',
    '        或输出文件无法写入，原因在标准错误输出中以一行说明，不写出任何文件；1 程序内部错误。',
  ].join('\n'),
  unknownCommand: (command) => `未知命令“${command}”；可用命令：template、score、report（perf-eval --help 查看说明）`,
  badOption: (detail) => `参数有误：${detail}（perf-eval --help 查看说明）`,
  badLanguage: (value) => `不支持的语言“${value}”：请用 zh-CN 或 en-US`,
  optionNotFor: (option, command) => `参数有误：选项 ${option} 只用于 ${command}（perf-eval --help 查看说明）`,
  missingInput: (command) => `perf-eval ${command} 需要一个文件名（perf-eval --help 查看说明）`,
  tooManyArguments: (command) => `perf-eval ${command} 只接受一个文件名（输出文件请用 -o 指定）`,
  outputRequired: (command) => `perf-eval ${command} 需要用 -o 指定输出文件`,
  emptyOutput: '输出文件名是空的：请用 -o 给出输出文件名（perf-eval --help 查看说明）',
  outputIsInput: '输出文件不能与输入文件相同：输入文件从不修改',
  outputIsFolder: (example) => `这是一个文件夹，请给出输出文件名（如 ${example}）`,
  outputExists: (path) => `${path} 已存在，未覆盖；请换一个文件名，或加 --force 覆盖`,
  wrongExtension: {
    '.xlsx': (suggestion) => `写出的是 Excel 工作簿，文件名须以 .xlsx 结尾，否则 Excel 打不开（如 ${suggestion}）`,
    '.docx': (suggestion) => `写出的是 Word 文档，文件名须以 .docx 结尾，否则 Word 打不开（如 ${suggestion}）`,
  },
  unreadable: (path, reason) => `无法读取 ${path}：${reason}`,
  cannotScore: (path, reason) => `无法评分 ${path}：${reason}`,
  cannotWrite: (path, reason) => `无法写入 ${path}：${reason}`,
  uncalculatedFormula: (cell) => `${cell} 是公式，但文件中没有保存计算结果；请在 Excel、WPS 或 LibreOffice 中打开并保存后再评分`,
  writeError: {
    ENOENT: (folder) => `文件夹 ${folder} 不存在，请先建立该文件夹，或换一个输出位置`,
    ENOTDIR: (folder) => `${folder} 不是文件夹（或其上级有同名文件），请换一个输出位置`,
    EACCES: (folder) => `没有在文件夹 ${folder} 中写入文件的权限，请换一个输出位置`,
    EPERM: (folder) => `不允许在文件夹 ${folder} 中写入该文件：没有写入权限，或该文件正被其他程序（如 Excel、WPS）打开`,
    EBUSY: (folder) => `文件夹 ${folder} 中的该文件正被其他程序（如 Excel、WPS）打开，请关闭后再试`,
    EROFS: (folder) => `文件夹 ${folder} 所在的磁盘是只读的，请换一个输出位置`,
    EISDIR: (folder) => `文件夹 ${folder} 中已有同名的文件夹，请换一个文件名`,
    ENOTEMPTY: (folder) => `文件夹 ${folder} 中已有同名的文件夹，请换一个文件名`,
    EEXIST: (folder) => `文件夹 ${folder} 中已有同名的文件夹，请换一个文件名`,
    ENOSPC: (folder) => `文件夹 ${folder} 所在的磁盘空间不足`,
  },
  internalError: (detail) => `程序内部错误：${detail}`,
  droppedParts: (parts) =>
    `注意：输入文件中的${parts.map((part) => ZH_PART[part]).join('、')}不会保留在输出文件中（命令行读写 .xlsx 时无法保留）；如需保留，请在 Excel 中用加载项评分`,
  reading: (path) => `正在读取 ${path} …`,
  scoringRows: (rows) => `正在评分（${rows} 行）…`,
  heading: (unit, year, type) => `${unit || '（未填单位名称）'} ${year ? `${year} 年度` : ''}${type}绩效自评`,
  evaluationType: { department: '部门整体支出', project: '项目支出', unknown: '' },
  total: (score, max, ratio, grade) => `总分 ${score} / ${max}（得分比 ${ratio}），综合评价：${grade}`,
  budgetLine: (executed, adjusted, rate) => `预算执行：全年预算数 ${adjusted} 万元，执行数 ${executed} 万元，执行率 ${rate}`,
  levels: (parts) => `分项：${parts.join('；')}`,
  warningCounts: (counts) => `提示：错误 ${counts.error} 条，警告 ${counts.warning} 条，信息 ${counts.info} 条`,
  severity: { error: '错误', warning: '警告', info: '信息' },
  moreWarnings: (count, sheet) => `  …… 另有 ${count} 条，见输出文件的“${sheet}”表`,
  noWarnings: '提示：无',
  written: (path) => `已写入 ${path}`,
  templateWritten: (path) => `已写出模板 ${path}`,
  reportWritten: (path) => `已写出自评报告 ${path}`,
  wholeWorkbook: '整个工作簿',
};

const enUS: CliMessages = {
  usageLine: 'usage: perf-eval template OUT.xlsx | perf-eval score IN.xlsx [-o OUT.xlsx] [--json] [--lang zh-CN|en-US] | perf-eval report IN.xlsx -o OUT.docx (see perf-eval --help)',
  help: [
    'perf-eval — budget performance self-evaluation: reads the budget and indicator tables of a workbook,',
    'scores them and writes the results back.',
    '',
    'Usage:',
    '  perf-eval template OUT.xlsx [--force]',
    '      writes the blank template (基本信息, 预算执行, 绩效指标, 评分设置); an existing file is kept unless --force.',
    '  perf-eval score IN.xlsx [-o OUT.xlsx] [--json] [--lang zh-CN|en-US]',
    '      scores the workbook and writes the result columns and the 评分结果 and 自评报告 sheets into OUT.',
    '      IN is never modified; without -o, OUT is written beside IN as <IN name>.scored.xlsx; an existing OUT is replaced.',
    '      --json prints only the report on stdout (schemaVersion, total, budget, levels, tasks, indicators, warnings,',
    '      problems) and still writes OUT; progress and notes go to stderr.',
    '  perf-eval report IN.xlsx -o OUT.docx [--lang zh-CN|en-US]',
    '      scores the workbook and writes the 自评报告 as a Word document (IN is not modified; an existing OUT is replaced).',
    '',
    'Options:',
    '  -o, --output FILE   output file',
    '      --json          print the result as JSON (score)',
    '      --lang LANG     language of messages and warnings: zh-CN (default) or en-US; the report text is Chinese',
    '      --force         overwrite an existing template file (template)',
    '  -h, --help          show this help',
    '',
    'Exit status: 0 done (with or without warnings); 2 bad usage, a file that cannot be read or scored (not an .xlsx,',
    '             encrypted, no indicator table …) or an output that cannot be written, with a one-line reason on',
    '             stderr and no file written; 1 internal error.',
  ].join('\n'),
  unknownCommand: (command) => `unknown command "${command}"; commands: template, score, report (see perf-eval --help)`,
  badOption: (detail) => `bad arguments: ${detail} (see perf-eval --help)`,
  badLanguage: (value) => `unsupported language "${value}": use zh-CN or en-US`,
  optionNotFor: (option, command) => `bad arguments: option ${option} is only for ${command} (see perf-eval --help)`,
  missingInput: (command) => `perf-eval ${command} needs a file name (see perf-eval --help)`,
  tooManyArguments: (command) => `perf-eval ${command} takes one file name (give the output with -o)`,
  outputRequired: (command) => `perf-eval ${command} needs an output file: -o FILE`,
  emptyOutput: 'the output file name is empty: give one with -o (see perf-eval --help)',
  outputIsInput: 'the output file cannot be the input file: the input is never modified',
  outputIsFolder: (example) => `this is a folder; give an output file name (such as ${example})`,
  outputExists: (path) => `${path} exists and was not overwritten; choose another name or add --force`,
  wrongExtension: {
    '.xlsx': (suggestion) => `the file written is an Excel workbook; its name must end in .xlsx, or Excel will not open it (such as ${suggestion})`,
    '.docx': (suggestion) => `the file written is a Word document; its name must end in .docx, or Word will not open it (such as ${suggestion})`,
  },
  unreadable: (path, reason) => `cannot read ${path}: ${reason}`,
  cannotScore: (path, reason) => `cannot score ${path}: ${reason}`,
  cannotWrite: (path, reason) => `cannot write ${path}: ${reason}`,
  uncalculatedFormula: (cell) =>
    `${cell} is a formula, but the file holds no calculated result for it; open and save the file in Excel, WPS or LibreOffice, then score it`,
  writeError: {
    ENOENT: (folder) => `the folder ${folder} does not exist; create it first, or write somewhere else`,
    ENOTDIR: (folder) => `${folder} is not a folder (or a file of that name is in its path); write somewhere else`,
    EACCES: (folder) => `no permission to write files in the folder ${folder}; write somewhere else`,
    EPERM: (folder) => `not allowed to write the file in the folder ${folder}: no permission, or the file is open in another program (Excel, WPS)`,
    EBUSY: (folder) => `the file in the folder ${folder} is open in another program (Excel, WPS); close it and try again`,
    EROFS: (folder) => `the folder ${folder} is on a read-only disk; write somewhere else`,
    EISDIR: (folder) => `a folder of that name is already in ${folder}; choose another file name`,
    ENOTEMPTY: (folder) => `a folder of that name is already in ${folder}; choose another file name`,
    EEXIST: (folder) => `a folder of that name is already in ${folder}; choose another file name`,
    ENOSPC: (folder) => `the disk of the folder ${folder} is full`,
  },
  internalError: (detail) => `internal error: ${detail}`,
  droppedParts: (parts) =>
    `note: the input's ${parts.map((part) => EN_PART[part]).join(', ')} will not be kept in the output file (the command line cannot carry them over); to keep them, score in Excel with the add-in`,
  reading: (path) => `reading ${path} …`,
  scoringRows: (rows) => `scoring (${rows} rows) …`,
  heading: (unit, year, type) => `${unit || '(no unit name)'}${year ? `, ${year}` : ''}${type ? `, ${type}` : ''} self-evaluation`,
  evaluationType: { department: 'department-wide spending', project: 'project spending', unknown: '' },
  total: (score, max, ratio, grade) => `total ${score} / ${max} (${ratio}), grade: ${grade}`,
  budgetLine: (executed, adjusted, rate) => `budget: ${adjusted} (10k yuan) budgeted, ${executed} spent, execution ${rate}`,
  levels: (parts) => `by level: ${parts.join('; ')}`,
  warningCounts: (counts) => `warnings: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes`,
  severity: { error: 'error', warning: 'warning', info: 'info' },
  moreWarnings: (count, sheet) => `  … ${count} more, see the "${sheet}" sheet of the output file`,
  noWarnings: 'warnings: none',
  written: (path) => `written ${path}`,
  templateWritten: (path) => `template written to ${path}`,
  reportWritten: (path) => `report written to ${path}`,
  wholeWorkbook: 'whole workbook',
};

export const CLI_MESSAGES: Record<Locale, CliMessages> = { 'zh-CN': zhCN, 'en-US': enUS };
