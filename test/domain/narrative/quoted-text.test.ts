import { asSentence, budgetLineName, oneLineName, oneLineText, paragraphsOf, quoteName, withoutEndPunctuation, withoutListNumber } from '../../../src/domain/narrative/quoted-text';

describe('the user’s text as the report quotes it', () => {
  it('keeps each non-empty line as a paragraph, as typed', () => {
    expect(paragraphsOf('  第一段。\r\n\n第二段；\n  ')).toEqual(['第一段。', '第二段；']);
    expect(paragraphsOf('')).toEqual([]);
  });

  it('drops end punctuation so a reason can be continued', () => {
    expect(withoutEndPunctuation('产业对接事宜暂未达成意向。')).toBe('产业对接事宜暂未达成意向');
    expect(withoutEndPunctuation('原因；')).toBe('原因');
  });

  it('closes a sentence only when it has no end of its own', () => {
    expect(asSentence('项目经费支出执行较慢', '。')).toBe('项目经费支出执行较慢。');
    expect(asSentence('项目经费支出执行较慢。', '。')).toBe('项目经费支出执行较慢。');
    expect(asSentence('支出执行较慢；', '。')).toBe('支出执行较慢。');
  });

  it('puts a name broken over lines in its cell on one line', () => {
    expect(oneLineName('乡村振兴产业\n对接成功案例')).toBe('乡村振兴产业对接成功案例');
    expect(oneLineName(' 培训 \r\n 满意度 ')).toBe('培训满意度');
    expect(oneLineName('ERP\nsystem 上线')).toBe('ERP system 上线');
    expect(quoteName('乡村振兴产业\n对接成功案例')).toBe('“乡村振兴产业对接成功案例”');
    expect(budgetLineName('其中：当年\n财政拨款')).toBe('当年财政拨款');
  });

  it('closes each line of a reason written over several lines as a clause', () => {
    expect(oneLineText('受疫情影响\n产业对接暂未达成意向')).toBe('受疫情影响；产业对接暂未达成意向');
    expect(oneLineText('受疫情影响。\n\n下一步加强跟踪。')).toBe('受疫情影响。下一步加强跟踪。');
    expect(oneLineText('原因：\n疫情')).toBe('原因：疫情');
  });

  it('nests quotation marks inside a quoted name', () => {
    expect(quoteName('区“两新”组织党建创新中心工作')).toBe('“区‘两新’组织党建创新中心工作”');
  });

  it('reads a budget line without its 其中 lead-in', () => {
    expect(budgetLineName('其中：当年财政拨款')).toBe('当年财政拨款');
    expect(budgetLineName('项目支出')).toBe('项目支出');
  });

  it('drops the user’s own list number, and nothing that only looks like one', () => {
    for (const numbered of ['（一）部分专项工作延后', '(1) 部分专项工作延后', '一、部分专项工作延后', '1、部分专项工作延后', '1. 部分专项工作延后', '12．部分专项工作延后', '①部分专项工作延后', '（ 二 ）部分专项工作延后']) {
      expect(withoutListNumber(numbered)).toBe('部分专项工作延后');
    }
    for (const plain of ['2022年受疫情影响', '1.5 万元资金未拨付', '一是培训推迟', '十分重视不够', '2022，受疫情影响']) expect(withoutListNumber(plain)).toBe(plain);
  });
});
