/**
 * Write commands packed into batches, one sync each. Excel on the web refuses a request over 5 MB
 * (RequestPayloadSizeLimitExceeded); a batch is kept under 4 MB by estimate, leaving room for what
 * office.js adds around the values (object paths, ids). A normal scoring run fits one batch; only a
 * very large plan becomes several syncs, and then the batches before a failing one stay applied —
 * the plan writes the marker first, so the next run knows what it finds for the add-in's own and
 * finishes the job (src/workbook/plan/plan-results.ts).
 * learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 */
import { utf8Length } from '../utf8-length';
import type { WriteCommand } from './write-commands';
import { packInOrder } from './pack-in-order';

export const MAX_BATCH_REQUEST_BYTES = 4 * 1024 * 1024;

/** what office.js sends around each queued action: the object path, the action type, ids */
const ACTION_OVERHEAD_BYTES = 160;

/** estimated request bytes of one command, counting one action per property it sets */
export function estimateCommandBytes(command: WriteCommand): number {
  return utf8Length(JSON.stringify(command)) + actionCount(command) * ACTION_OVERHEAD_BYTES;
}

function actionCount(command: WriteCommand): number {
  switch (command.kind) {
    case 'style': {
      const { style } = command;
      const borders = style.border ? 6 : 0;
      return 2 + Object.keys(style).length + borders;
    }
    case 'pageLayout':
    case 'listValidation':
      return 4;
    case 'addSheet':
    case 'deleteSheet':
      return 3;
    default:
      return 2;
  }
}

/**
 * batches in plan order, each under `maxBytes` by estimate (a single larger command gets its own); the
 * first under `firstMaxBytes` when given, the room the loads sent with it leave
 */
export function packBatches(commands: readonly WriteCommand[], maxBytes = MAX_BATCH_REQUEST_BYTES, firstMaxBytes = maxBytes): WriteCommand[][] {
  return packInOrder(commands, estimateCommandBytes, maxBytes, firstMaxBytes);
}
