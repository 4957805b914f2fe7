import { characterWidthToPoints, contentOf, planWriteCommands, WritePlanError, type WriteCommand } from '../../../src/hosts/office/write-commands';
import { MINIMUM_CAPABILITIES, type OfficeCapabilities } from '../../../src/hosts/office';
import type { PlannedCell, WritePlan } from '../../../src/workbook/write-plan';

const ALL: OfficeCapabilities = { meetsMinimum: true, triggerSource: true, pageLayout: true, mergedAreas: true, dataValidation: true, sheetRenameEvents: true, degraded: [] };

function commandsOf(plan: WritePlan, existing: string[] = ['绩效指标'], capabilities = ALL): WriteCommand[] {
  return planWriteCommands(plan, existing, capabilities).commands;
}

describe('what a planned cell becomes in range.formulas', () => {
  it('keeps text as text with the quote prefix, whatever it starts with', () => {
    for (const value of ['=SUM(A1)', '+86 123', '-5 apples', '@home', '001', '#N/A', '达成']) {
      expect(contentOf({ kind: 'text', value })).toBe(`'${value}`);
    }
  });

  it('writes text bare only into a cell the plan formats as Text', () => {
    expect(contentOf({ kind: 'text', value: '=x', numberFormat: '@' })).toBe('=x');
  });

  it('writes formulas, numbers and booleans as themselves, and blanks as ""', () => {
    expect(contentOf({ kind: 'formula', value: '=SUM(B2:B9)' })).toBe('=SUM(B2:B9)');
    expect(contentOf({ kind: 'value', value: 0.95 })).toBe(0.95);
    expect(contentOf({ kind: 'value', value: true })).toBe(true);
    expect(contentOf({ kind: 'value', value: null })).toBe('');
    expect(contentOf({ kind: 'text', value: '' })).toBe('');
  });

  it('never turns a formula-kind value without "=" into a formula, nor writes NaN', () => {
    expect(contentOf({ kind: 'formula', value: 'SUM(A1)' })).toBe("'SUM(A1)");
    expect(contentOf({ kind: 'value', value: Number.NaN })).toBe('');
  });
});

describe('a block of cells', () => {
  const text = (value: string, style?: PlannedCell['style']): PlannedCell => ({ kind: 'text', value, style });

  it('is one contents call and one number-format call, formats first', () => {
    const commands = commandsOf({
      ops: [{ kind: 'setCells', sheet: '绩效指标', top: 2, left: 6, cells: [[{ kind: 'value', value: 0.9, numberFormat: '0.00%' }, text('达成')], [{ kind: 'value', value: null }, text('未达成')]] }],
    });
    expect(commands).toEqual([
      { kind: 'numberFormats', sheet: '绩效指标', address: 'F2:G3', formats: [['0.00%', 'General'], [null, 'General']] },
      { kind: 'contents', sheet: '绩效指标', address: 'F2:G3', formulas: [[0.9, "'达成"], ['', "'未达成"]] },
    ]);
  });

  it('takes the links off a block that replaces links before writing it (a value written into a linked cell keeps the link), not on a sheet it adds', () => {
    const block = { kind: 'setCells' as const, top: 2, left: 4, cells: [[text('E6')], [{ kind: 'value' as const, value: null }]], replacesLinks: true };
    const onExisting = commandsOf({ ops: [{ ...block, sheet: '评分结果' }] }, ['评分结果']);
    expect(onExisting.filter((command) => command.kind === 'clear')).toEqual([{ kind: 'clear', sheet: '评分结果', address: 'D2:D3', applyTo: 'Hyperlinks' }]);
    expect(onExisting.findIndex((command) => command.kind === 'clear')).toBeLessThan(onExisting.findIndex((command) => command.kind === 'contents'));
    const onNew = commandsOf({ ops: [{ kind: 'ensureSheet', sheet: '评分结果' }, { ...block, sheet: '评分结果' }] }, []);
    expect(onNew.filter((command) => command.kind === 'clear')).toEqual([]);
    const notReplacing = commandsOf({ ops: [{ ...block, sheet: '评分结果', replacesLinks: undefined }] }, ['评分结果']);
    expect(notReplacing.filter((command) => command.kind === 'clear')).toEqual([]);
  });

  it('clears an old output range whole', () => {
    expect(commandsOf({ ops: [{ kind: 'clearRange', sheet: '评分结果', address: 'A20:H25' }] }, ['评分结果'])).toEqual([
      { kind: 'clear', sheet: '评分结果', address: 'A20:H25', applyTo: 'All' },
    ]);
  });

  it('formats each rectangle of equal style once', () => {
    const header = { bold: true, fill: '#D9E1F2' };
    const red = { fontColor: '#C00000' };
    const commands = commandsOf({
      ops: [
        {
          kind: 'setCells',
          sheet: '绩效指标',
          top: 1,
          left: 1,
          cells: [
            [text('a', header), text('b', header), text('c', header)],
            [text('1'), text('2', red), text('3')],
            [text('1'), text('2', red), text('3')],
            [text('1', red), text('2', red), text('3')],
          ],
        },
      ],
    }).filter((command) => command.kind === 'style');
    expect(commands.map((command) => command.kind === 'style' && [command.address, command.style])).toEqual([
      ['A1:C1', header],
      ['B2:B3', red],
      ['A4:B4', red],
    ]);
  });

  it('links each linked cell to its place, shown as the cell text', () => {
    const commands = commandsOf({
      ops: [{ kind: 'setCells', sheet: '评分结果', top: 3, left: 2, cells: [[{ kind: 'text', value: '绩效指标!H7', link: { sheet: "Bob's 表", address: 'H7' } }]] }],
    });
    expect(commands).toContainEqual({ kind: 'link', sheet: '评分结果', address: 'B3', documentReference: "'Bob''s 表'!$H$7", textToDisplay: '绩效指标!H7' });
  });

  it('is cut into row slices when it is large, so batches can stay under the limit', () => {
    const paragraph = '预算执行总体平稳。'.repeat(100);
    const cells = Array.from({ length: 3000 }, () => [text(paragraph)]);
    const contents = commandsOf({ ops: [{ kind: 'setCells', sheet: '自评报告', top: 1, left: 1, cells }] }, ['自评报告']).filter((command) => command.kind === 'contents');
    expect(contents.length).toBeGreaterThan(1);
    const rows = contents.map((command) => (command.kind === 'contents' ? command.formulas.length : 0));
    expect(rows.reduce((sum, count) => sum + count, 0)).toBe(3000);
    expect(contents[1]).toMatchObject({ address: `A${rows[0] + 1}:A${rows[0] + rows[1]}` });
  });
});

describe('sheets, layout and page setup', () => {
  it('adds only the sheets not known to exist (names compared without case)', () => {
    const commands = commandsOf({ ops: [{ kind: 'ensureSheet', sheet: '评分结果' }, { kind: 'ensureSheet', sheet: 'Data' }, { kind: 'ensureSheet', sheet: '_perfeval', visibility: 'veryHidden' }] }, ['DATA']);
    expect(commands).toEqual([
      { kind: 'addSheet', sheet: '评分结果', visibility: 'Visible' },
      { kind: 'addSheet', sheet: '_perfeval', visibility: 'VeryHidden' },
    ]);
  });

  it("converts widths in characters to Excel's points: 8.43 characters is the default 48 points", () => {
    expect(characterWidthToPoints(8.43)).toBe(48);
    expect(commandsOf({ ops: [{ kind: 'columnWidth', sheet: '绩效指标', column: 3, width: 12 }] })).toEqual([{ kind: 'columnWidth', sheet: '绩效指标', column: 3, points: 66.75 }]);
  });

  it('leaves out a one-cell merge and the page setup where pageLayout is missing, and says which feature', () => {
    const plan: WritePlan = {
      ops: [
        { kind: 'merge', sheet: '绩效指标', address: 'A1' },
        { kind: 'pageSetup', sheet: '绩效指标', paper: 'A4', orientation: 'landscape', fitToWidth: true },
      ],
    };
    expect(planWriteCommands(plan, ['绩效指标'], MINIMUM_CAPABILITIES)).toEqual({ commands: [], skipped: ['pageLayout'] });
    expect(commandsOf(plan)).toEqual([{ kind: 'pageLayout', sheet: '绩效指标', orientation: 'Landscape', paperSize: 'A4', fitToWidth: true, titleRows: null }]);
  });

  it('passes title rows on as the whole rows setPrintTitleRows takes, and refuses a count that is not 1 or more whole rows', () => {
    const pageSetup = { kind: 'pageSetup', sheet: '绩效指标', paper: 'A4', orientation: 'landscape', fitToWidth: true } as const;
    expect(commandsOf({ ops: [{ ...pageSetup, titleRows: 2 }] })).toEqual([{ kind: 'pageLayout', sheet: '绩效指标', orientation: 'Landscape', paperSize: 'A4', fitToWidth: true, titleRows: '$1:$2' }]);
    for (const titleRows of [0, 1.5, 11]) {
      expect(() => planWriteCommands({ ops: [{ ...pageSetup, titleRows }] }, ['绩效指标'], ALL)).toThrow(/op 1 \(pageSetup 绩效指标\): bad title row count/);
    }
  });

  it('refuses a plan with bad addresses or positions, naming each problem', () => {
    expect(() =>
      planWriteCommands(
        {
          ops: [
            { kind: 'merge', sheet: 'S', address: 'A1:' },
            { kind: 'setCells', sheet: 'S', top: 0, left: 1, cells: [] },
            { kind: 'ensureSheet', sheet: 'a/b' },
          ],
        },
        ['S'],
        ALL,
      ),
    ).toThrow(WritePlanError);
    expect(() => planWriteCommands({ ops: [{ kind: 'rowHeight', sheet: 'S', row: 2, height: 410 }] }, ['S'], ALL)).toThrow(/op 1 \(rowHeight S\): bad row or height/);
  });

  it('passes row heights on in points, as range.format.rowHeight takes them', () => {
    expect(commandsOf({ ops: [{ kind: 'rowHeight', sheet: '自评报告', row: 7, height: 46.5 }] })).toEqual([{ kind: 'rowHeight', sheet: '自评报告', row: 7, points: 46.5 }]);
  });
});
