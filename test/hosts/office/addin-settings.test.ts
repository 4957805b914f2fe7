import { createOfficeContext, MemoryWorkbook } from '../../../src/hosts/memory';
import { readSettings, SettingsSaveError, TABLE_LOCATIONS_SETTING, writeSettings, type DocumentSettingsLike } from '../../../src/hosts/office';

/** office.js's own settings object fits what the host asks of it (checked by the type checker) */
function officeJsSettingsFit(settings: Office.Settings): DocumentSettingsLike {
  return settings;
}

describe('the table locations kept in document settings', () => {
  it('are saved with the document and read back in a later session', async () => {
    const workbook = new MemoryWorkbook();
    const tableLocations = { indicators: { sheet: '我的指标', headerRow: 3, columns: { target: 6, actual: 8, points: 9 } } };
    await writeSettings(createOfficeContext(workbook).document.settings, { tableLocations });
    expect(readSettings(createOfficeContext(workbook).document.settings)).toEqual({ tableLocations });
    expect(typeof officeJsSettingsFit).toBe('function');
  });

  it('drop what does not fit: unknown tables, unknown fields, bad rows and columns', () => {
    const office = createOfficeContext(new MemoryWorkbook());
    office.document.settings.set(TABLE_LOCATIONS_SETTING, {
      indicators: { sheet: '绩效指标', headerRow: 2, columns: { target: 6, colour: 3, actual: -1, points: 2.5 } },
      budget: { sheet: '', headerRow: 1, columns: {} },
      settings: { sheet: '评分设置', headerRow: 0, columns: {} },
      somethingElse: { sheet: 'x', headerRow: 1, columns: {} },
    });
    expect(readSettings(office.document.settings)).toEqual({ tableLocations: { indicators: { sheet: '绩效指标', headerRow: 2, columns: { target: 6 } } } });
  });

  it('read as empty when nothing was saved or the value is not an object', () => {
    const office = createOfficeContext(new MemoryWorkbook());
    expect(readSettings(office.document.settings)).toEqual({ tableLocations: {} });
    office.document.settings.set(TABLE_LOCATIONS_SETTING, 'not an object');
    expect(readSettings(office.document.settings)).toEqual({ tableLocations: {} });
  });

  it('remove the setting when no location is left', async () => {
    const workbook = new MemoryWorkbook();
    await writeSettings(createOfficeContext(workbook).document.settings, { tableLocations: { budget: { sheet: '预算', headerRow: 1, columns: {} } } });
    await writeSettings(createOfficeContext(workbook).document.settings, { tableLocations: {} });
    expect(workbook.savedSettings.has(TABLE_LOCATIONS_SETTING)).toBe(false);
  });

  it('reject with a clear error when Office cannot save', async () => {
    const office = createOfficeContext(new MemoryWorkbook(), { saveFailure: '文件为只读。' });
    await expect(writeSettings(office.document.settings, { tableLocations: {} })).rejects.toEqual(new SettingsSaveError('文件为只读。'));
  });
});
