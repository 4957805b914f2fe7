/**
 * A measurement run in a child process of its own (engine-in-node.ts, engine-in-browser.ts), and the
 * parent's side that starts it and waits for its answer. Run on its own, a child prints its answer as
 * JSON instead.
 */
import { fork } from 'child_process';
import * as path from 'path';

/** What a child sends: its measurement, or why it has none. */
export type ChildAnswer<Measured> = ({ ok: true } & Measured) | { ok: false; error: string };

/** In the child: measures, then sends the answer to the parent (or prints it when there is none). */
export function answerParent<Measured>(measure: () => Promise<Measured>): void {
  measure()
    .then(
      (measured): ChildAnswer<Measured> => ({ ok: true, ...measured }),
      (error: unknown): ChildAnswer<Measured> => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    )
    .then((answer) => {
      if (!process.send) {
        console.log(JSON.stringify(answer));
        return;
      }
      process.send(answer, () => process.disconnect());
    });
}

/** In the parent: runs `script` of bench/ in a child process, with extra Node flags, and waits for its measurement. */
export function childMeasurement<Measured>(script: string, nodeFlags: readonly string[] = []): Promise<Measured> {
  return new Promise((resolve, reject) => {
    // execArgv carries tsx's loader, so the child runs the TypeScript file as this process does
    const child = fork(path.join(__dirname, script), { execArgv: [...nodeFlags, ...process.execArgv], stdio: 'inherit' });
    let answer: ChildAnswer<Measured> | undefined;
    child.on('message', (message) => (answer = message as ChildAnswer<Measured>));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (answer?.ok) resolve(answer);
      else reject(new Error(answer ? answer.error : `${script} exited with code ${code} and no result`));
    });
  });
}
