import { parseArguments } from '../../src/cli/parse-arguments';

describe('reading the command line', () => {
  it('reads a score command with its options, Chinese by default', () => {
    expect(parseArguments(['score', '自评.xlsx'])).toEqual({ kind: 'score', input: '自评.xlsx', output: null, json: false, locale: 'zh-CN' });
    expect(parseArguments(['score', 'in.xlsx', '-o', 'out.xlsx', '--json', '--lang', 'en-US'])).toEqual({
      kind: 'score',
      input: 'in.xlsx',
      output: 'out.xlsx',
      json: true,
      locale: 'en-US',
    });
    expect(parseArguments(['--lang=en-US', 'score', '--output=out.xlsx', 'in.xlsx'])).toMatchObject({ kind: 'score', output: 'out.xlsx', locale: 'en-US' });
  });

  it('reads template and report commands', () => {
    expect(parseArguments(['template', 'blank.xlsx'])).toEqual({ kind: 'template', output: 'blank.xlsx', force: false, locale: 'zh-CN' });
    expect(parseArguments(['template', '-o', 'blank.xlsx', '--force'])).toEqual({ kind: 'template', output: 'blank.xlsx', force: true, locale: 'zh-CN' });
    expect(parseArguments(['report', 'in.xlsx', '-o', 'report.docx'])).toEqual({ kind: 'report', input: 'in.xlsx', output: 'report.docx', locale: 'zh-CN' });
  });

  it('asks for help with -h or --help, in the chosen language', () => {
    expect(parseArguments(['--help'])).toEqual({ kind: 'help', locale: 'zh-CN' });
    expect(parseArguments(['score', '-h', '--lang', 'en-US'])).toEqual({ kind: 'help', locale: 'en-US' });
  });

  it.each([
    [[], '用法：perf-eval'],
    [['grade', 'x.xlsx'], '未知命令“grade”'],
    [['score'], 'perf-eval score 需要一个文件名'],
    [['score', 'a.xlsx', 'b.xlsx'], '只接受一个文件名'],
    [['report', 'a.xlsx'], '需要用 -o 指定输出文件'],
    [['score', 'a.xlsx', '--verbose'], '未知选项 --verbose'],
    [['score', 'a.xlsx', '-o'], '选项 -o 的值缺失或有误'],
    [['score', 'a.xlsx', '-o', ''], '输出文件名是空的'],
    [['report', 'a.xlsx', '--output='], '输出文件名是空的'],
    [['template', ''], '输出文件名是空的'],
    [['template', '-o', ''], '输出文件名是空的'],
    [['report', 'a.xlsx', '-o', 'r.docx', '--json'], '选项 --json 只用于 score'],
    [['template', 't.xlsx', '--json'], '选项 --json 只用于 score'],
    [['score', 'a.xlsx', '--force'], '选项 --force 只用于 template'],
    [['report', 'a.xlsx', '-o', 'r.docx', '--force'], '选项 --force 只用于 template'],
    [['score', 'a.xlsx', '--lang', 'fr-FR'], '不支持的语言“fr-FR”'],
  ])('refuses %j with one line that says why', (argv, expected) => {
    const parsed = parseArguments(argv as string[]);
    expect(parsed.kind).toBe('usageError');
    if (parsed.kind !== 'usageError') return;
    expect(parsed.message).toContain(expected);
    expect(parsed.message).not.toContain('\n');
  });

  it('says what is wrong in English when English was asked for, even on a bad option', () => {
    const parsed = parseArguments(['score', 'a.xlsx', '--verbose', '--lang', 'en-US']);
    expect(parsed).toMatchObject({ kind: 'usageError', locale: 'en-US' });
    expect(parsed.kind === 'usageError' && parsed.message).toContain('unknown option --verbose');
    expect(parseArguments(['report', 'a.xlsx', '-o', 'r.docx', '--json', '--lang', 'en-US'])).toEqual({
      kind: 'usageError',
      locale: 'en-US',
      message: 'bad arguments: option --json is only for score (see perf-eval --help)',
    });
  });
});
