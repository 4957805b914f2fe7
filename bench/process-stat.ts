/**
 * What Linux's /proc tells about a process that the process cannot tell us itself: the engine bench
 * reads the pane's renderer (a Chromium child process) from outside, since a page cannot see its own
 * page faults or kernel time.
 */
import * as fs from 'fs';

export interface ProcessStat {
  /** its parent's pid */
  parent: number;
  /** minor page faults so far: one per 4 KB page of fresh memory touched */
  minorFaults: number;
  /** CPU time so far, in user space and in the kernel (all threads), to the kernel's 10 ms tick */
  userMs: number;
  systemMs: number;
}

/** /proc/<pid>/stat counts CPU time in ticks of USER_HZ, which is 100 on Linux (getconf CLK_TCK) */
const MS_PER_TICK = 10;

/**
 * One line of /proc/<pid>/stat. The command name (the 2nd field) is in parentheses and may itself hold
 * spaces and parentheses, so the fields are counted from the last ')'.
 */
export function parseStat(line: string): ProcessStat {
  const end = line.lastIndexOf(')');
  if (end < 0) throw new Error(`not a /proc/<pid>/stat line: ${line.slice(0, 80)}`);
  // fields 3 onwards: state, ppid, pgrp, session, tty_nr, tpgid, flags, minflt, cminflt, majflt, cmajflt, utime, stime
  const fields = line.slice(end + 2).split(' ');
  const field = (n: number) => Number(fields[n - 3]);
  return { parent: field(4), minorFaults: field(10), userMs: field(14) * MS_PER_TICK, systemMs: field(15) * MS_PER_TICK };
}

export function processStat(pid: number): ProcessStat {
  return parseStat(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
}

/** The process's arguments as one string ('' once it has ended). */
export function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0$/, '').split('\0').join(' ');
  } catch {
    return '';
  }
}

/** The pids of every process below `root` (its children, theirs, …), as /proc lists them now. */
export function descendantPids(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let parent: number;
    try {
      parent = processStat(Number(entry)).parent;
    } catch {
      continue; // ended while we looked
    }
    const siblings = children.get(parent) ?? [];
    siblings.push(Number(entry));
    children.set(parent, siblings);
  }
  const found: number[] = [];
  const pending = [root];
  while (pending.length > 0) {
    for (const child of children.get(pending.pop()!) ?? []) {
      found.push(child);
      pending.push(child);
    }
  }
  return found;
}
