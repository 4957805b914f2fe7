/** Runs tasks one after another: the pane's writes (a click, an automatic run) never interleave. */
export type SerialQueue = <T>(task: () => Promise<T>) => Promise<T>;

export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task, task);
    // A failed task must not stop the ones queued after it.
    tail = result.catch(() => undefined);
    return result;
  };
}
