import { createOfficeContext, MemoryWorkbook } from '../../../src/hosts/memory';

function saved(settings: { saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void }) {
  return new Promise<{ status: string; error?: { message: string } }>((resolve) => settings.saveAsync(resolve));
}

// learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings — settings are kept
// per document and per add-in; set() changes the in-memory copy, saveAsync() persists it with the file
describe('Office.context.document.settings', () => {
  it('keeps a set value for the session and saves it into the document with saveAsync', async () => {
    const workbook = new MemoryWorkbook();
    const office = createOfficeContext(workbook);
    office.document.settings.set('tableLocations', { indicators: { sheet: '绩效指标', headerRow: 2, columns: { target: 6 } } });
    expect(office.document.settings.get('tableLocations')).toEqual({ indicators: { sheet: '绩效指标', headerRow: 2, columns: { target: 6 } } });
    // not saved yet: a colleague opening the file sees nothing
    expect(createOfficeContext(workbook).document.settings.get('tableLocations')).toBeNull();
    await expect(saved(office.document.settings)).resolves.toEqual({ status: 'succeeded' });
    expect(createOfficeContext(workbook).document.settings.get('tableLocations')).toMatchObject({ indicators: { sheet: '绩效指标' } });
  });

  it('removes a setting, and reports a failed save without changing the document', async () => {
    const workbook = new MemoryWorkbook();
    const first = createOfficeContext(workbook);
    first.document.settings.set('a', 1);
    await saved(first.document.settings);
    const readOnly = createOfficeContext(workbook, { saveFailure: 'The document is read-only.' });
    readOnly.document.settings.remove('a');
    expect(readOnly.document.settings.get('a')).toBeNull();
    await expect(saved(readOnly.document.settings)).resolves.toMatchObject({ status: 'failed', error: { message: 'The document is read-only.' } });
    expect(createOfficeContext(workbook).document.settings.get('a')).toBe(1);
  });
});

// learn.microsoft.com/javascript/api/office/office.requirementsetsupport#office-office-requirementsetsupport-issetsupported-member(1)
describe('Office.context.requirements.isSetSupported', () => {
  it("answers for ExcelApi up to the workbook's version", () => {
    const office = createOfficeContext(new MemoryWorkbook({ excelApiVersion: '1.10' }));
    expect(office.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(office.requirements.isSetSupported('ExcelApi', '1.10')).toBe(true);
    expect(office.requirements.isSetSupported('ExcelApi', '1.14')).toBe(false);
    expect(office.requirements.isSetSupported('WordApi', '1.1')).toBe(false);
  });

  it('can be told a different version and display language', () => {
    const office = createOfficeContext(new MemoryWorkbook(), { excelApiVersion: '1.7', displayLanguage: 'en-US' });
    expect(office.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    expect(office.displayLanguage).toBe('en-US');
  });
});
