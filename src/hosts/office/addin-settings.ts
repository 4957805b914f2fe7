/**
 * What only the add-in needs to remember in a file — where the user said the tables are — kept in
 * Office's document settings (per file, per add-in, saved with the file). The scheme is not here: it
 * lives in the visible 评分设置 sheet, readable by everyone. Settings come from the file, so they are
 * checked like any data from outside: entries that do not fit are dropped, never trusted.
 * learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings#settings-object
 */
import type { RememberedTable, TableLocations } from '../../workbook/detect/detection-types';
import { TABLE_KINDS, TABLE_SPECS } from '../../workbook/detect/table-fields';

export const TABLE_LOCATIONS_SETTING = 'perfEval.tableLocations';

export interface AddinSettings {
  tableLocations: TableLocations;
}

/** Office.context.document.settings, as far as the add-in uses it */
export interface DocumentSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } | null }) => void): void;
}

export class SettingsSaveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsSaveError';
  }
}

export function readSettings(settings: DocumentSettingsLike): AddinSettings {
  return { tableLocations: tableLocationsFrom(settings.get(TABLE_LOCATIONS_SETTING)) };
}

/** sets and saves; rejects with SettingsSaveError when Office cannot save (a read-only file) */
export function writeSettings(settings: DocumentSettingsLike, value: AddinSettings): Promise<void> {
  const locations = tableLocationsFrom(value.tableLocations);
  if (Object.keys(locations).length === 0) settings.remove(TABLE_LOCATIONS_SETTING);
  else settings.set(TABLE_LOCATIONS_SETTING, locations);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === 'succeeded') resolve();
      else reject(new SettingsSaveError(result.error?.message ?? 'The settings could not be saved.'));
    });
  });
}

function tableLocationsFrom(raw: unknown): TableLocations {
  if (typeof raw !== 'object' || raw === null) return {};
  const entries = raw as Record<string, unknown>;
  const locations: Record<string, RememberedTable<string>> = {};
  for (const kind of TABLE_KINDS) {
    const entry = entries[kind] as Partial<Record<keyof RememberedTable<string>, unknown>> | undefined;
    if (!entry || typeof entry.sheet !== 'string' || entry.sheet === '' || !isPositiveInteger(entry.headerRow)) continue;
    if (typeof entry.columns !== 'object' || entry.columns === null) continue;
    const known = new Set<string>(TABLE_SPECS[kind].fields.map((spec) => spec.field));
    const columns: Record<string, number> = {};
    for (const [field, column] of Object.entries(entry.columns)) {
      if (known.has(field) && isPositiveInteger(column)) columns[field] = column;
    }
    locations[kind] = { sheet: entry.sheet, headerRow: entry.headerRow, columns };
  }
  return locations as TableLocations;
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}
