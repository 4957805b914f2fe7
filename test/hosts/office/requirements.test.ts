import { createOfficeContext, MemoryWorkbook } from '../../../src/hosts/memory';
import { detectCapabilities, EXCEL_API_FEATURES, MINIMUM_CAPABILITIES, MINIMUM_EXCEL_API } from '../../../src/hosts/office';

const officeAt = (excelApiVersion: string) => createOfficeContext(new MemoryWorkbook({ excelApiVersion }));

describe('what this Excel can do', () => {
  it('needs ExcelApi 1.7', () => {
    expect(MINIMUM_EXCEL_API).toBe('1.7');
    expect(detectCapabilities(officeAt('1.6')).meetsMinimum).toBe(false);
    expect(detectCapabilities(officeAt('1.7')).meetsMinimum).toBe(true);
  });

  it('falls back to output-range filtering, default page setup, no merged areas and no dropdown lists on ExcelApi 1.7, and says so', () => {
    expect(detectCapabilities(officeAt('1.7'))).toEqual({
      meetsMinimum: true,
      triggerSource: false,
      pageLayout: false,
      mergedAreas: false,
      dataValidation: false,
      sheetRenameEvents: false,
      degraded: ['ownWriteFilter', 'pageLayout', 'mergedAreas', 'dataValidation'],
    });
  });

  it('assumes, when nobody asked Office, what ExcelApi 1.7 would say', () => {
    expect(MINIMUM_CAPABILITIES).toEqual(detectCapabilities(officeAt('1.7')));
  });

  it('uses data validation (the template’s dropdown lists) from 1.8', () => {
    expect(detectCapabilities(officeAt('1.8'))).toMatchObject({ dataValidation: true, degraded: ['ownWriteFilter', 'pageLayout', 'mergedAreas'] });
  });

  it('uses pageLayout from 1.9, merged areas from 1.13, triggerSource from 1.14 and sheet rename events from 1.17', () => {
    expect(EXCEL_API_FEATURES).toEqual({ dataValidation: '1.8', pageLayout: '1.9', mergedAreas: '1.13', triggerSource: '1.14', sheetRenameEvents: '1.17' });
    expect(detectCapabilities(officeAt('1.12'))).toMatchObject({ mergedAreas: false, degraded: ['ownWriteFilter', 'mergedAreas'] });
    expect(detectCapabilities(officeAt('1.13'))).toMatchObject({ triggerSource: false, pageLayout: true, mergedAreas: true, degraded: ['ownWriteFilter'] });
    expect(detectCapabilities(officeAt('1.14'))).toEqual({ meetsMinimum: true, triggerSource: true, pageLayout: true, mergedAreas: true, dataValidation: true, sheetRenameEvents: false, degraded: [] });
    // a rename not heard at once is mended by the next edit: not a degraded feature to tell the user
    expect(detectCapabilities(officeAt('1.16'))).toMatchObject({ sheetRenameEvents: false, degraded: [] });
    expect(detectCapabilities(officeAt('1.17'))).toMatchObject({ sheetRenameEvents: true, degraded: [] });
  });
});
