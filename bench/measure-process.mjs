// Runs a Node script as a child process and measures its wall time and peak memory.
// Peak memory is taken two ways and the larger is reported:
//  - GNU time's maximum resident set size (`/usr/bin/time -f %M`), when present: the
//    largest single process of the tree, sampled by the kernel, so no spike is missed;
//  - the sum of VmRSS over the whole process tree, polled from /proc every 50 ms,
//    which counts helpers (Pagefind's Rust binary, workers) together with Node.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const running = new Set();

/** Stops the children still running (on Ctrl+C or SIGTERM), with their own children. */
export function stopChildren() {
  for (const child of running) {
    for (const pid of treeOf(child.pid).reverse()) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
}
const hasGnuTime = existsSync(GNU_TIME);
const hasProc = existsSync('/proc/self/status');

/** pid -> parent pid, for every process visible in /proc. */
function parents() {
  const map = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      map.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended between readdir and read
    }
  }
  return map;
}

function treeOf(root) {
  const children = new Map();
  for (const [pid, ppid] of parents()) {
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(pid);
  }
  const out = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop();
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Resident memory of one process in KiB (0 when it has gone). */
function rssKiB(pid) {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * @param {string[]} args arguments of `node`
 * @param {{ env: NodeJS.ProcessEnv, cwd: string }} o
 * @returns {Promise<{ code: number | null, ms: number, cpuMs: number | null, peakRssMiB: number, treeRssMiB: number | null, maxRssMiB: number | null, output: string }>}
 */
export function runMeasured(args, { env, cwd }) {
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  // %U %S: user and system CPU seconds of the command and the children it waited for; %M: peak RSS in KiB.
  const [cmd, cmdArgs] = hasGnuTime ? [GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, process.execPath, ...args]] : [process.execPath, args];
  const started = performance.now();
  const child = spawn(cmd, cmdArgs, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  const keep = (chunk) => {
    output += chunk;
    if (output.length > 256 * 1024) output = output.slice(-128 * 1024);
  };
  child.stdout.setEncoding('utf8').on('data', keep);
  child.stderr.setEncoding('utf8').on('data', keep);
  let treePeak = 0;
  const poll = () => {
    const pids = treeOf(child.pid).filter((p) => !hasGnuTime || p !== child.pid);
    treePeak = Math.max(treePeak, pids.reduce((sum, p) => sum + rssKiB(p), 0));
  };
  const timer = hasProc ? setInterval(poll, 50) : null;
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      running.delete(child);
      const ms = performance.now() - started;
      if (timer) clearInterval(timer);
      let maxRss = null;
      let cpuMs = null;
      if (hasGnuTime) {
        try {
          // GNU time writes "Command exited with non-zero status N" first on failure; the numbers are last.
          const [user, system, rss] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-3).map(Number);
          maxRss = rss || null;
          cpuMs = Number.isFinite(user + system) ? Math.round((user + system) * 1000) : null;
        } catch {
          // no report (the command did not start): the peak memory stays unknown
        }
        rmSync(timeFile, { force: true });
      }
      const mib = (kib) => (kib ? Math.round((kib / 1024) * 10) / 10 : null);
      resolve({
        code,
        ms: Math.round(ms),
        cpuMs,
        peakRssMiB: mib(Math.max(treePeak, maxRss ?? 0)) ?? 0,
        treeRssMiB: hasProc ? mib(treePeak) : null,
        maxRssMiB: mib(maxRss),
        output,
      });
    });
  });
}
