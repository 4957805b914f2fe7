import type { CellRef, Locale, Severity, Warning, WarningCode } from '../model';

export type WarningParams = Record<string, string | number>;

export interface WarningSpec {
  severity: Severity;
  message: Record<Locale, (params: WarningParams) => string>;
}

export type WarningSpecs = { [C in WarningCode]?: WarningSpec };

import { budgetWarningSpecs } from './messages/budget';
import { indicatorWarningSpecs } from './messages/indicator';

/** Every warning's severity and messages, by code. A test checks that each code has one. */
export const WARNING_SPECS: WarningSpecs = { ...indicatorWarningSpecs, ...budgetWarningSpecs };

/** Where a warning points: a cell, or nothing for whole-workbook findings. */
export type WarningLocation = CellRef | { sheet: string | null; address: string | null } | null;

export function createWarning(code: WarningCode, location: WarningLocation, params: WarningParams = {}): Warning {
  const spec = WARNING_SPECS[code];
  if (!spec) {
    // A missing spec is a programming error caught by the catalogue test; still never lose the finding.
    return { code, severity: 'warning', sheet: locationSheet(location), cell: locationCell(location), message: { 'zh-CN': code, 'en-US': code }, params };
  }
  return {
    code,
    severity: spec.severity,
    sheet: locationSheet(location),
    cell: locationCell(location),
    message: { 'zh-CN': spec.message['zh-CN'](params), 'en-US': spec.message['en-US'](params) },
    params,
  };
}

function locationSheet(location: WarningLocation): string | null {
  return location ? location.sheet : null;
}

function locationCell(location: WarningLocation): string | null {
  return location ? location.address : null;
}
