import { detectHost, type OfficeContextLike } from '../../../src/taskpane/host/detect-host';

const officeContext: OfficeContextLike = {
  displayLanguage: 'zh-CN',
  requirements: { isSetSupported: () => true },
  document: { settings: { get: () => null, set: () => undefined, remove: () => undefined, saveAsync: () => undefined } },
};
const globalExcel = { name: 'the global Excel' };
const memoryExcel = { name: 'the in-memory Excel' };

describe('finding the host the pane runs in', () => {
  it('uses the global Excel when Office reports Excel', async () => {
    const host = await detectHost({
      Office: { onReady: async () => ({ host: 'Excel' }), context: officeContext, HostType: { Excel: 'Excel' } },
      Excel: globalExcel,
      __perfEvalMemoryHost: { excel: memoryExcel, office: officeContext },
    });
    expect(host).toEqual({ kind: 'excel', excel: globalExcel, office: officeContext });
  });

  it('uses the page’s in-memory Excel when office.js is not loaded (the playground)', async () => {
    const host = await detectHost({ __perfEvalMemoryHost: { excel: memoryExcel, office: officeContext } });
    expect(host).toEqual({ kind: 'memory', excel: memoryExcel, office: officeContext });
  });

  it('uses the in-memory Excel when office.js is loaded outside Office (onReady reports no host)', async () => {
    const host = await detectHost({
      Office: { onReady: async () => ({ host: null }) },
      __perfEvalMemoryHost: { excel: memoryExcel, office: officeContext },
    });
    expect(host.kind).toBe('memory');
  });

  it('says so when opened in another Office application or with no host at all', async () => {
    expect(await detectHost({ Office: { onReady: async () => ({ host: 'Word' }), context: officeContext } })).toEqual({
      kind: 'none',
      reason: 'notExcel',
    });
    expect(await detectHost({ Office: { onReady: async () => ({ host: null }) } })).toEqual({ kind: 'none', reason: 'noHost' });
  });

  it('says office.js did not load, not that the page is outside Office, when the Office global is missing', async () => {
    // taskpane.html loads office.js from Microsoft's CDN; blocked by a proxy or an intranet, the pane
    // opened inside Excel has no Office global, and "not running in Office" would send the user astray
    expect(await detectHost({})).toEqual({ kind: 'none', reason: 'officeJsMissing' });
  });
});
