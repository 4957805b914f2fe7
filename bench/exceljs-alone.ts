import path from 'node:path';
import { Worker } from 'node:worker_threads';

type Answer = { ms: number } | { error: string };

/**
 * The benchmark's baseline: ExcelJS reading and writing a file with its defaults, in a worker thread of
 * its own. The command's .xlsx host changes how ExcelJS writes XML and links (src/hosts/xlsx/exceljs-*.ts)
 * for the whole of the thread that loads it; the baseline is ExcelJS as it ships, so it runs where the
 * host was never loaded. One round trip at a time; the main thread waits while it runs.
 */
export class ExcelJsAlone {
  private readonly worker = new Worker(path.join(__dirname, 'exceljs-alone-worker.js'));

  /** milliseconds to read `input` and write it as `output`, timed in the worker */
  roundTrip(input: string, output: string): Promise<number> {
    return new Promise((resolve, reject) => {
      // a worker that fails or stops without answering ends the bench instead of leaving it waiting
      const onError = (error: Error) => reject(error);
      const onExit = (code: number) => reject(new Error(`ExcelJS alone stopped (exit code ${code}) without answering`));
      this.worker.once('error', onError);
      this.worker.once('exit', onExit);
      this.worker.once('message', (answer: Answer) => {
        this.worker.off('error', onError);
        this.worker.off('exit', onExit);
        if ('error' in answer) reject(new Error(`ExcelJS alone failed: ${answer.error}`));
        else resolve(answer.ms);
      });
      this.worker.postMessage({ input, output });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
