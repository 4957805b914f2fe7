import { spawn } from 'child_process';
import { commandLine, descendantPids, parseStat, processStat } from '../../bench/process-stat';

const MB = 1024 * 1024;
/**
 * Above glibc's largest mmap threshold (32 MB on 64-bit), so that malloc always maps new pages: a
 * smaller buffer may come from memory the process freed and touched before (CI saw 6 faults for 16 MB).
 */
const FRESH_BYTES = 64 * MB;

describe('what /proc tells about a process', () => {
  it('reads the parent, the page faults and the CPU time of a stat line, whatever the command name holds', () => {
    // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    const line = '4242 (Web Content) (x) S 17 4242 4242 0 -1 4194560 8150 3 2 0 37 12 0 0 20 0 9 0 123 456 789';
    expect(parseStat(line)).toEqual({ parent: 17, minorFaults: 8150, userMs: 370, systemMs: 120 });
    expect(() => parseStat('garbage')).toThrow('not a /proc/<pid>/stat line');
  });

  it("counts this process's page faults as it touches fresh memory", () => {
    const before = processStat(process.pid);
    const fresh = Buffer.allocUnsafeSlow(FRESH_BYTES);
    fresh.fill(1);
    const after = processStat(process.pid);
    expect(after.parent).toBe(process.ppid);
    // one fault per 4 KB page, or per 2 MB where the kernel backs the buffer with huge pages
    expect(after.minorFaults - before.minorFaults).toBeGreaterThanOrEqual(FRESH_BYTES / (2 * MB));
    expect(after.userMs + after.systemMs).toBeGreaterThanOrEqual(before.userMs + before.systemMs);
  });

  it('finds the processes below one, children of children included, with their command lines', async () => {
    const child = spawn('sh', ['-c', 'sleep 30 & wait'], { stdio: 'ignore', detached: true });
    try {
      const grandchildren = async (): Promise<number[]> => {
        for (let tries = 0; tries < 50; tries++) {
          const found = descendantPids(process.pid).filter((pid) => processStat(pid).parent === child.pid);
          // between its fork and its exec, the grandchild still shows the shell's command line
          if (found.length > 0 && found.every((pid) => commandLine(pid) === 'sleep 30')) return found;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        return [];
      };
      const below = await grandchildren();
      expect(below.map(commandLine)).toEqual(['sleep 30']);
      expect(descendantPids(process.pid)).toEqual(expect.arrayContaining([child.pid, ...below]));
      expect(commandLine(2 ** 22 + 1)).toBe('');
    } finally {
      process.kill(-child.pid!, 'SIGKILL');
    }
  });
});
