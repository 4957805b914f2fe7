/**
 * Range.dataValidation (ExcelApi 1.8) for the in-memory Excel, as far as the add-in uses it: a list
 * rule with a literal source ("a,b,c"), its error alert, its type, and clear(). Everything, loads
 * included, needs ExcelApi 1.8 (ApiNotFound below it). A rule set on a range replaces the rules it
 * covers; the alert set after it applies to the rules inside the range.
 */
import {
  DEFAULT_ERROR_ALERT,
  type DataValidationAlertStyle,
  type DataValidationErrorAlertState,
  type DataValidationState,
  type ListValidationRule,
  type SheetState,
} from './document-state';
import type { DocumentTransaction } from './document-transaction';
import { MemoryClientObject } from './client-object';
import { MemoryOfficeError } from './office-error';
import type { SyncExchange } from './queued-operation';
import type { Bounds } from './range-address';
import type { RangeProxy, RangeTarget } from './range-proxy';
import type { MemoryRequestContext } from './request-context';

export const DATA_VALIDATION_API = '1.8';

export type DataValidationType = 'None' | 'List' | 'Inconsistent';
const ALERT_STYLES: readonly DataValidationAlertStyle[] = ['Stop', 'Warning', 'Information'];
/** Excel keeps a literal list to 255 characters */
const MAX_LIST_SOURCE = 255;

export class DataValidationProxy extends MemoryClientObject<RangeTarget> {
  constructor(
    context: MemoryRequestContext,
    path: string,
    private readonly range: RangeProxy,
  ) {
    super(context, path, 'DataValidation');
  }

  get rule(): ListValidationRule | Record<string, never> | null {
    return this.read('rule');
  }

  set rule(rule: ListValidationRule) {
    this.write(
      'rule',
      rule,
      (target, tx) => {
        const location = `${this.path}.rule`;
        const checked = checkedRule(rule, location);
        const sheet = tx.contentOf(target.sheetId, location);
        sheet.validations = [...without(sheet.validations, target.bounds), { bounds: { ...target.bounds }, rule: checked, errorAlert: { ...DEFAULT_ERROR_ALERT } }];
      },
      DATA_VALIDATION_API,
    );
  }

  get errorAlert(): DataValidationErrorAlertState | null {
    return this.read('errorAlert');
  }

  set errorAlert(alert: Partial<DataValidationErrorAlertState>) {
    this.write(
      'errorAlert',
      alert,
      (target, tx) => {
        const location = `${this.path}.errorAlert`;
        if (typeof alert !== 'object' || alert === null) throw new MemoryOfficeError('InvalidArgument', 'An error alert is an object.', location);
        if (alert.style !== undefined && !ALERT_STYLES.includes(alert.style)) throw new MemoryOfficeError('InvalidArgument', `"${String(alert.style)}" is not an alert style.`, location);
        if (alert.showAlert !== undefined && typeof alert.showAlert !== 'boolean') throw new MemoryOfficeError('InvalidArgument', 'showAlert is true or false.', location);
        const sheet = tx.contentOf(target.sheetId, location);
        sheet.validations = sheet.validations.flatMap((validation) => {
          const inside = intersection(validation.bounds, target.bounds);
          if (!inside) return [validation];
          return [...without([validation], target.bounds), { ...validation, bounds: inside, errorAlert: { ...validation.errorAlert, ...definedFields(alert) } }];
        });
      },
      DATA_VALIDATION_API,
    );
  }

  /** read-only, set through the rule */
  get type(): DataValidationType {
    return this.read('type');
  }

  clear(): void {
    this.invoke(
      'clear',
      [],
      (target, tx) => {
        const sheet = tx.contentOf(target.sheetId, `${this.path}.clear`);
        sheet.validations = without(sheet.validations, target.bounds);
      },
      DATA_VALIDATION_API,
    );
  }

  override resolve(tx: DocumentTransaction, exchange: SyncExchange): RangeTarget | null {
    return this.range.resolve(tx, exchange);
  }

  protected override scalarNames(): readonly string[] {
    return ['rule', 'errorAlert', 'type'];
  }

  protected override captureScalar(target: RangeTarget, name: string, tx: DocumentTransaction): unknown {
    if (!this.context.host.supportsApi(DATA_VALIDATION_API)) {
      throw new MemoryOfficeError('ApiNotFound', `This operation needs ExcelApi ${DATA_VALIDATION_API}; this Excel supports ${this.context.host.excelApiVersion}.`, this.path);
    }
    const found = validationOf(tx.existingSheet(target.sheetId, this.path), target.bounds);
    if (name === 'type') return found === 'inconsistent' ? 'Inconsistent' : found ? 'List' : 'None';
    if (found === 'inconsistent') return null;
    if (name === 'rule') return found ? { list: { ...found.rule.list } } : {};
    return { ...(found ? found.errorAlert : DEFAULT_ERROR_ALERT) };
  }
}

/** the one rule and alert every cell of the range has, null for none, or 'inconsistent' */
function validationOf(sheet: SheetState, bounds: Bounds): DataValidationState | null | 'inconsistent' {
  const meeting = sheet.validations.filter((validation) => intersection(validation.bounds, bounds) !== null);
  if (meeting.length === 0) return null;
  const covered = meeting.reduce((cells, validation) => cells + area(intersection(validation.bounds, bounds)!), 0);
  const same = (v: DataValidationState) => JSON.stringify([v.rule, v.errorAlert]) === JSON.stringify([meeting[0].rule, meeting[0].errorAlert]);
  return covered === area(bounds) && meeting.every(same) ? meeting[0] : 'inconsistent';
}

function checkedRule(rule: unknown, location: string): ListValidationRule {
  const list = (rule as { list?: unknown } | null)?.list as { inCellDropDown?: unknown; source?: unknown } | undefined;
  if (typeof rule !== 'object' || rule === null || Object.keys(rule).length !== 1 || typeof list !== 'object' || list === null) {
    throw new MemoryOfficeError('InvalidArgument', 'The in-memory Excel takes one rule, a list: { list: { inCellDropDown, source } }.', location);
  }
  if (typeof list.source !== 'string' || list.source.trim() === '') throw new MemoryOfficeError('InvalidArgument', 'A list rule needs a source: "a,b,c" (ranges are not supported here).', location);
  if (list.source.length > MAX_LIST_SOURCE) throw new MemoryOfficeError('InvalidArgument', `A list source holds at most ${MAX_LIST_SOURCE} characters.`, location);
  if (list.inCellDropDown !== undefined && typeof list.inCellDropDown !== 'boolean') throw new MemoryOfficeError('InvalidArgument', 'inCellDropDown is true or false.', location);
  return { list: { inCellDropDown: list.inCellDropDown ?? true, source: list.source } };
}

function definedFields(alert: Partial<DataValidationErrorAlertState>): Partial<DataValidationErrorAlertState> {
  return Object.fromEntries(Object.entries(alert).filter(([name, value]) => value !== undefined && ['showAlert', 'style', 'title', 'message'].includes(name)));
}

function area(bounds: Bounds): number {
  return (bounds.bottom - bounds.top + 1) * (bounds.right - bounds.left + 1);
}

function intersection(a: Bounds, b: Bounds): Bounds | null {
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  const left = Math.max(a.left, b.left);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

/** the validations with the range cut out of them (a rule partly covered keeps the rest, in up to four pieces) */
function without(validations: readonly DataValidationState[], hole: Bounds): DataValidationState[] {
  return validations.flatMap((validation) => {
    const { bounds } = validation;
    const inside = intersection(bounds, hole);
    if (!inside) return [validation];
    const pieces: Bounds[] = [];
    if (bounds.top < inside.top) pieces.push({ ...bounds, bottom: inside.top - 1 });
    if (inside.bottom < bounds.bottom) pieces.push({ ...bounds, top: inside.bottom + 1 });
    if (bounds.left < inside.left) pieces.push({ top: inside.top, bottom: inside.bottom, left: bounds.left, right: inside.left - 1 });
    if (inside.right < bounds.right) pieces.push({ top: inside.top, bottom: inside.bottom, left: inside.right + 1, right: bounds.right });
    return pieces.map((piece) => ({ ...validation, bounds: piece }));
  });
}
