/**
 * The base of every proxy object, with Office.js's rules:
 * - a property can be read only after `load` and `context.sync()` (else PropertyNotLoaded);
 * - a property set is queued and reaches the document at the next sync; the proxy keeps the value it
 *   was given (Office.js's setters store it locally: `this.m_values = value`), not what Excel made of
 *   it, until a new load + sync brings the document's value;
 * - `isNullObject` is known only after a sync.
 * learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#load
 */
import type { DocumentTransaction } from './document-transaction';
import { parseLoadOption, type LoadOption } from './load-options';
import { MemoryOfficeError, propertyNotLoaded } from './office-error';
import type { MemoryRequestContext } from './request-context';
import type { QueuedOperation, SyncExchange } from './queued-operation';

export interface LoadSnapshot {
  isNull: boolean;
  scalars: Map<string, unknown>;
  children: Map<string, LoadSnapshot>;
}

export abstract class MemoryClientObject<Target> {
  private readonly localValues = new Map<string, unknown>();
  private nullFlag: boolean | undefined;

  protected constructor(
    readonly context: MemoryRequestContext,
    /** how Office.js would name the object in a request, e.g. worksheets.getItem("预算执行").getRange("A1") */
    readonly path: string,
    private readonly entity: string,
  ) {}

  /**
   * Whether the object Excel found is a null object (from an *OrNullObject method).
   * learn.microsoft.com/javascript/api/office/officeextension.clientobject#office-officeextension-clientobject-isnullobject-member
   * — "You must call context.sync() before reading the isNullObject property."
   */
  get isNullObject(): boolean {
    if (this.nullFlag === undefined) throw propertyNotLoaded(this.entity, 'isNullObject');
    return this.nullFlag;
  }

  /** the document object this proxy stands for during a sync; null for a null object */
  abstract resolve(tx: DocumentTransaction, exchange: SyncExchange): Target | null;

  /** the properties `load()` without arguments brings */
  protected abstract scalarNames(): readonly string[];

  protected abstract captureScalar(target: Target, name: string, tx: DocumentTransaction, exchange: SyncExchange): unknown;

  /** navigation properties (range.format, format.font …) that a load path can reach into */
  protected navigation(_name: string): MemoryClientObject<unknown> | null {
    return null;
  }

  load(option?: LoadOption): this {
    const paths = parseLoadOption(option);
    this.context.enqueue({
      request: { action: 'load', object: this.path, select: paths.map((path) => path.join('/')) },
      apply: (tx, exchange) => {
        const snapshot = this.capture(tx, exchange, paths);
        exchange.respond(snapshotPayload(snapshot));
        exchange.afterCommit(() => this.receive(snapshot));
      },
    });
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.localValues);
  }

  /** @internal reads the document for a load; paths [] means every scalar property */
  capture(tx: DocumentTransaction, exchange: SyncExchange, paths: string[][]): LoadSnapshot {
    const target = this.resolve(tx, exchange);
    const snapshot: LoadSnapshot = { isNull: target === null, scalars: new Map(), children: new Map() };
    const scalars = this.scalarNames();
    const wanted = paths.length === 0 ? scalars.map((name) => [name]) : paths;
    const nested = new Map<string, string[][]>();
    for (const path of wanted) {
      const [head, ...rest] = path;
      const child = this.navigation(head);
      if (child) {
        nested.set(head, [...(nested.get(head) ?? []), ...(rest.length > 0 ? [rest] : [])]);
        continue;
      }
      if (!scalars.includes(head) || rest.length > 0) {
        throw new MemoryOfficeError('InvalidArgument', `"${path.join('/')}" is not a property of ${this.entity}.`, `${this.entity}.load`);
      }
      if (target !== null) snapshot.scalars.set(head, this.captureScalar(target, head, tx, exchange));
    }
    for (const [name, childPaths] of nested) {
      snapshot.children.set(name, this.navigation(name)!.capture(tx, exchange, childPaths));
    }
    return snapshot;
  }

  /** @internal delivers a load's values after the sync */
  receive(snapshot: LoadSnapshot): void {
    this.nullFlag = snapshot.isNull;
    for (const [name, value] of snapshot.scalars) this.localValues.set(name, value);
    for (const [name, child] of snapshot.children) this.navigation(name)!.receive(child);
  }

  /** @internal set after the sync that created the object */
  markNull(isNull: boolean): void {
    this.nullFlag = isNull;
  }

  /** a loaded (or locally set) property; PropertyNotLoaded otherwise, as Office.js throws */
  protected read<T>(name: string): T {
    if (this.localValues.has(name)) return this.localValues.get(name) as T;
    // Office.js does not complain about a null object's properties; they are simply undefined
    if (this.nullFlag === true) return undefined as T;
    throw propertyNotLoaded(this.entity, name);
  }

  /** queues a property set; the proxy shows the value given from now on */
  protected write(name: string, value: unknown, apply: (target: Target, tx: DocumentTransaction, exchange: SyncExchange) => void, minimumApi?: string): void {
    this.localValues.set(name, value);
    this.queue({ action: 'set', object: this.path, property: name, value }, apply, minimumApi);
  }

  /** queues a method call on the object */
  protected invoke(
    method: string,
    args: unknown[],
    apply: (target: Target, tx: DocumentTransaction, exchange: SyncExchange) => void,
    minimumApi?: string,
  ): void {
    this.queue({ action: 'method', object: this.path, method, args }, apply, minimumApi);
  }

  /** the target, or ItemNotFound: a null object cannot be changed */
  protected target(tx: DocumentTransaction, exchange: SyncExchange): Target {
    const target = this.resolve(tx, exchange);
    if (target === null) throw new MemoryOfficeError('ItemNotFound', 'The requested resource doesn\'t exist.', this.path);
    return target;
  }

  protected enqueue(operation: QueuedOperation): void {
    this.context.enqueue(operation);
  }

  private queue(
    request: Record<string, unknown>,
    apply: (target: Target, tx: DocumentTransaction, exchange: SyncExchange) => void,
    minimumApi?: string,
  ): void {
    this.context.enqueue({
      request,
      minimumApi,
      apply: (tx, exchange) => apply(this.target(tx, exchange), tx, exchange),
    });
  }
}

function snapshotPayload(snapshot: LoadSnapshot): unknown {
  if (snapshot.isNull) return null;
  const payload: Record<string, unknown> = Object.fromEntries(snapshot.scalars);
  for (const [name, child] of snapshot.children) payload[name] = snapshotPayload(child);
  return payload;
}

/**
 * Queues the creation of an object (getItem, getRange, add …) so that a missing sheet or a bad address
 * fails at the sync, as in Excel, and the object learns whether it is a null object.
 */
export function queueInstantiation<T>(object: MemoryClientObject<T>, request: Record<string, unknown>, minimumApi?: string): void {
  object.context.enqueue({
    request: { action: 'instantiate', object: object.path, ...request },
    minimumApi,
    apply: (tx, exchange) => {
      const target = object.resolve(tx, exchange);
      exchange.afterCommit(() => object.markNull(target === null));
    },
  });
}
