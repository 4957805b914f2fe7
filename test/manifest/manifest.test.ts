/** @jest-environment jsdom */
import { readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ICON_SIZES, renderIcon } from '../../scripts/build-icons';
import { MINIMUM_EXCEL_API } from '../../src/hosts/office/requirements';

const root = join(__dirname, '..', '..');
const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');
const officeApp = doc.documentElement;

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

function children(element: Element): Element[] {
  return Array.from(element.children);
}

function first(selector: string): Element {
  const found = Array.from(doc.getElementsByTagName('*')).find((e) => e.localName === selector || e.tagName === selector);
  if (!found) throw new Error(`manifest has no <${selector}>`);
  return found;
}

function all(tagName: string): Element[] {
  const elements = Array.from(doc.getElementsByTagName('*'));
  return tagName === '*' ? elements : elements.filter((e) => e.tagName === tagName || e.localName === tagName);
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(officeApp.localName).toBe('OfficeApp');
  });

  it('is a task pane add-in for Excel workbooks that asks only to read and write the document', () => {
    expect(officeApp.getAttributeNS(XSI, 'type')).toBe('TaskPaneApp');
    const hosts = children(first('Hosts')).map((h) => h.getAttribute('Name'));
    expect(hosts).toEqual(['Workbook']);
    expect(first('Permissions').textContent).toBe('ReadWriteDocument');
  });

  it('keeps the top-level elements in the order the OfficeApp schema requires', () => {
    const schemaOrder = [
      'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
      'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings',
      'Permissions', 'VersionOverrides',
    ];
    const present = children(officeApp).map((e) => e.localName);
    const positions = present.map((name) => schemaOrder.indexOf(name));
    expect(positions).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('states the minimum ExcelApi requirement set the office host is written for, and no other set', () => {
    const sets = all('Set');
    expect(sets.map((s) => s.getAttribute('Name'))).toEqual(['ExcelApi']);
    expect(sets[0].getAttribute('MinVersion')).toBe(MINIMUM_EXCEL_API);
    expect(first('Sets').getAttribute('DefaultMinVersion')).toBe(MINIMUM_EXCEL_API);
  });

  it('has a GUID for Id and the version of package.json', () => {
    expect(first('Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    // Office's Version is up to four numbers: package.json's three and a 0
    expect(first('Version').textContent).toBe(`${version.replace(/-.*$/, '')}.0`);
  });

  it('has Chinese display strings by default and English overrides', () => {
    expect(first('DefaultLocale').textContent).toBe('zh-CN');
    const displayName = first('DisplayName');
    expect(displayName.getAttribute('DefaultValue')).toMatch(/[\u4e00-\u9fff]/);
    const english = children(displayName).find((o) => o.getAttribute('Locale') === 'en-US');
    expect(english?.getAttribute('Value')).toMatch(/^[\x20-\x7e]+$/);
    for (const text of all('bt:String')) {
      expect(children(text).some((o) => o.getAttribute('Locale') === 'en-US')).toBe(true);
    }
  });

  it('puts a button on the Home tab that opens the task pane', () => {
    const tab = all('OfficeTab').find((t) => t.getAttribute('id') === 'TabHome');
    expect(tab).toBeDefined();
    const action = Array.from(tab!.getElementsByTagName('Action'))[0];
    expect(action.getAttributeNS(XSI, 'type')).toBe('ShowTaskpane');
  });

  it('defines every resource it refers to', () => {
    const defined = new Set(all('*').map((e) => e.getAttribute('id')).filter((id): id is string => id !== null));
    const referenced = all('*').map((e) => e.getAttribute('resid')).filter((id): id is string => id !== null);
    expect(referenced.length).toBeGreaterThan(5);
    for (const id of referenced) expect(defined).toContain(id);
  });

  it('points every URL at one origin, over https', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"|<AppDomain>([^<]+)</g)].map((m) => m[1] ?? m[2]);
    expect(urls.length).toBeGreaterThan(5);
    const origins = new Set(urls.map((u) => new URL(u).origin));
    expect(origins.size).toBe(1);
    expect([...origins][0]).toMatch(/^https:\/\//);
  });

  it('ships every icon it names, at the size it names', () => {
    const sized = all('bt:Image').filter((i) => i.getAttribute('size'));
    expect(new Set(sized.map((i) => i.getAttribute('size')))).toEqual(new Set(['16', '32', '80']));
    const urlOf = (id: string): string => all('bt:Image').find((i) => i.getAttribute('id') === id)!.getAttribute('DefaultValue')!;
    for (const image of sized) {
      const size = Number(image.getAttribute('size'));
      const file = new URL(urlOf(image.getAttribute('resid')!)).pathname;
      expect(pngSize(join(root, file))).toEqual({ width: size, height: size });
    }
    for (const [tag, size] of [['IconUrl', 32], ['HighResolutionIconUrl', 64]] as const) {
      const file = new URL(first(tag).getAttribute('DefaultValue')!).pathname;
      expect(pngSize(join(root, file))).toEqual({ width: size, height: size });
    }
  });
});

describe('what the manifest points at is served', () => {
  /** The build serves webpack's pages, src/static-pages/* at its root and assets/ under /assets. */
  function sourceOf(pathname: string): string {
    const file = pathname.replace(/^\//, '');
    if (file.startsWith('assets/')) return join(root, file);
    if (file === 'taskpane.html') return join(root, 'src', 'taskpane', 'taskpane.html');
    return join(root, 'src', 'static-pages', file);
  }

  it('has a source for every page and icon URL', () => {
    const urls = [...xml.matchAll(/DefaultValue="(https:\/\/[^"]+)"/g)].map((m) => new URL(m[1]).pathname);
    expect(urls).toEqual(expect.arrayContaining(['/taskpane.html', '/commands.html', '/help.html']));
    for (const pathname of urls) expect(existsSync(sourceOf(pathname))).toBe(true);
  });

  it('copies the static pages into the build', () => {
    const config = readFileSync(join(root, 'webpack.config.js'), 'utf8');
    expect(config).toContain("from: 'src/static-pages'");
  });

  it('initialises Office in the function file, which the ribbon button needs even without functions', () => {
    const commands = readFileSync(join(root, 'src', 'static-pages', 'commands.html'), 'utf8');
    expect(commands).toContain('appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(commands).toContain('Office.onReady');
  });
});

describe('icons', () => {
  it.each(ICON_SIZES)('assets/icon-%i.png is what scripts/build-icons.ts draws', (size) => {
    expect(readFileSync(join(root, 'assets', `icon-${size}.png`)).equals(renderIcon(size))).toBe(true);
  });
});
