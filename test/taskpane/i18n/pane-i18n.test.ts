import * as fs from 'fs';
import * as path from 'path';
import { SEVERITY_ORDER } from '../../../src/taskpane/state/warning-groups';
import { TABLE_SPECS } from '../../../src/workbook/detect/table-fields';
import { createPaneI18n, localeFromDisplayLanguage, paneResources } from '../../../src/taskpane/i18n/pane-i18n';
import { PANE_ERROR_CODES, PANE_OPERATIONS, PANE_TABS, TABLE_KINDS } from '../../../src/taskpane/state/pane-types';
import { TEMPLATE_SHEETS } from '../../../src/taskpane/components/TemplateOffer';
import { MINIMUM_CAPABILITIES } from '../../../src/hosts/office';
import { NO_HOST_REASONS } from '../../../src/taskpane/host/detect-host';

type Tree = { [key: string]: string | Tree };

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

function interpolations(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
}

function lookup(tree: Tree, key: string): string | Tree | undefined {
  return key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
}

const zh = paneResources['zh-CN'] as Tree;
const en = paneResources['en-US'] as Tree;

describe('pane translations', () => {
  it('have exactly the same keys in Chinese and English', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(zh).sort());
  });

  it('use the same placeholders in both languages, so no figure is lost in translation', () => {
    for (const key of leafKeys(zh)) {
      expect({ key, placeholders: interpolations(lookup(en, key) as string) }).toEqual({
        key,
        placeholders: interpolations(lookup(zh, key) as string),
      });
    }
  });

  it('have no empty string', () => {
    for (const key of [...leafKeys(zh), ...leafKeys(en)]) {
      expect({ key, text: (lookup(zh, key) as string).trim().length > 0 && (lookup(en, key) as string).trim().length > 0 }).toEqual({ key, text: true });
    }
  });

  it('contain every literal key the pane code asks for', () => {
    const sourceDir = path.join(__dirname, '../../../src/taskpane');
    const files = listFiles(sourceDir).filter((file) => /\.tsx?$/.test(file));
    const used = new Set<string>();
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([\w.]+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(40);
    const missing = [...used].filter((key) => typeof lookup(zh, key) !== 'string' || typeof lookup(en, key) !== 'string');
    expect(missing).toEqual([]);
  });

  it('contain the keys the pane builds from its codes: errors, steps, tabs, tables, fields, severities, degraded features', () => {
    const built = [
      ...PANE_ERROR_CODES.flatMap((code) => [`errors.${code}.title`, `errors.${code}.hint`]),
      ...PANE_OPERATIONS.map((operation) => `operations.${operation}`),
      ...PANE_TABS.map((tab) => `tabs.${tab}`),
      ...TABLE_KINDS.map((kind) => `tables.${kind}`),
      ...TABLE_KINDS.map((kind) => `tables.titles.${kind}`),
      ...TEMPLATE_SHEETS.flatMap((sheet) => [`template.sheets.${sheet}.name`, `template.sheets.${sheet}.purpose`]),
      ...Object.values(TABLE_SPECS).flatMap((spec) => spec.fields.map((field: { field: string }) => `fields.${field.field}`)),
      ...SEVERITY_ORDER.map((severity) => `warnings.severity.${severity}`),
      ...['belowMinimum', ...MINIMUM_CAPABILITIES.degraded].map((feature) => `degraded.${feature}`),
      ...NO_HOST_REASONS.flatMap((reason) => [`noHost.${reason}.title`, `noHost.${reason}.hint`]),
      ...['blank', 'example'].map((template) => `notices.templateInserted.${template}`),
    ];
    const missing = built.filter((key) => typeof lookup(zh, key) !== 'string' || typeof lookup(en, key) !== 'string');
    expect(missing).toEqual([]);
  });
});

describe('the pane language', () => {
  it('is English when Office displays English, Chinese otherwise', () => {
    expect(localeFromDisplayLanguage('en-US')).toBe('en-US');
    expect(localeFromDisplayLanguage('en-GB')).toBe('en-US');
    expect(localeFromDisplayLanguage('zh-CN')).toBe('zh-CN');
    expect(localeFromDisplayLanguage('zh-TW')).toBe('zh-CN');
    expect(localeFromDisplayLanguage('fr-FR')).toBe('zh-CN');
    expect(localeFromDisplayLanguage(undefined)).toBe('zh-CN');
  });

  it('can be switched, and instances do not share their language', () => {
    const first = createPaneI18n('zh-CN');
    const second = createPaneI18n('zh-CN');
    expect(first.t('score.run')).toBe('评分');
    void first.changeLanguage('en-US');
    expect(first.t('score.run')).toBe('Score');
    expect(second.t('score.run')).toBe('评分');
  });

  it('fills in figures without escaping sheet names', () => {
    const i18n = createPaneI18n('zh-CN');
    expect(i18n.t('errors.whereCell', { sheet: 'A&B<表>', cell: 'J5' })).toBe('位置：工作表「A&B<表>」，单元格 J5');
  });
});

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}
