/**
 * Excel.RangeAreas for the in-memory Excel, only as Range.getMergedAreasOrNullObject (ExcelApi 1.13)
 * gives it: the merged areas whose top-left cell lies in the range (Excel leaves out a merge that only
 * reaches into the range: office-js#3611), a null object when there is none, and a failure past 512
 * areas, as the API reference says. Only `address` can be loaded: the add-in reads nothing else.
 */
import { MemoryClientObject } from './client-object';
import type { DocumentTransaction } from './document-transaction';
import { MemoryOfficeError } from './office-error';
import type { SyncExchange } from './queued-operation';
import { sheetAddress, type Bounds } from './range-address';
import type { MemoryRequestContext } from './request-context';
import type { RangeProxy } from './range-proxy';

/** "if the merged areas count in this range is more than 512, then this method will fail" */
export const MERGED_AREAS_LIMIT = 512;

export interface MergedAreasTarget {
  sheetName: string;
  areas: Bounds[];
}

export class RangeAreasProxy extends MemoryClientObject<MergedAreasTarget> {
  private readonly inTransaction = new WeakMap<DocumentTransaction, MergedAreasTarget | null>();

  constructor(
    context: MemoryRequestContext,
    path: string,
    private readonly range: RangeProxy,
  ) {
    super(context, path, 'RangeAreas');
  }

  /** every area with its sheet, comma-separated: "'绩效指标'!H2:H3,'绩效指标'!J4:M4" */
  get address(): string {
    return this.read('address');
  }

  override resolve(tx: DocumentTransaction, exchange: SyncExchange): MergedAreasTarget | null {
    if (this.inTransaction.has(tx)) return this.inTransaction.get(tx)!;
    const target = this.find(tx, exchange);
    this.inTransaction.set(tx, target);
    return target;
  }

  protected override scalarNames(): readonly string[] {
    return ['address'];
  }

  protected override captureScalar(target: MergedAreasTarget): unknown {
    return target.areas.map((area) => sheetAddress(target.sheetName, area)).join(',');
  }

  private find(tx: DocumentTransaction, exchange: SyncExchange): MergedAreasTarget | null {
    const base = this.range.resolve(tx, exchange);
    if (base === null) {
      if (exchange.nullObjectChaining === 'nullObject') return null;
      throw new MemoryOfficeError('ItemNotFound', 'The requested resource doesn\'t exist.', this.path);
    }
    const sheet = tx.existingSheet(base.sheetId, this.path);
    const { bounds } = base;
    const areas = sheet.merges
      .filter((area) => area.top >= bounds.top && area.top <= bounds.bottom && area.left >= bounds.left && area.left <= bounds.right)
      .sort((a, b) => a.top - b.top || a.left - b.left);
    if (areas.length > MERGED_AREAS_LIMIT) {
      throw new MemoryOfficeError('GeneralException', `The range holds ${areas.length} merged areas; at most ${MERGED_AREAS_LIMIT} can be returned.`, this.path);
    }
    return areas.length === 0 ? null : { sheetName: sheet.name, areas: areas.map((area) => ({ ...area })) };
  }
}
