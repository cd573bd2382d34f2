/**
 * Child processes of the bench (the emulator, the API processes): started with tsx and an
 * IPC channel, ready when they print their first JSON line, asked for figures over IPC, and
 * gone when the bench goes (they exit when the channel closes).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const benchDir = fileURLToPath(new URL('.', import.meta.url));

export interface BenchChild<T> {
  child: ChildProcess;
  /** The first JSON line the process printed. */
  ready: T;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
}

/** Starts `bench/<script>` and waits for its first JSON line (at most `timeoutMs`). */
export async function startBenchChild<T>(script: string, env: Record<string, string>, options: { nodeArgs?: string[]; timeoutMs?: number } = {}): Promise<BenchChild<T>> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', `${benchDir}${script}`], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start within ${options.timeoutMs ?? 60_000} ms`)), options.timeoutMs ?? 60_000);
    let buffer = '';
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}) before it was ready`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => l.trim().startsWith('{'));
      if (!line) return;
      clearTimeout(timer);
      resolve(JSON.parse(line) as T);
    });
  });
  child.stdout!.resume();
  return { child, ready, exited };
}

/** Sends `message` and resolves with the child's first reply of the same type (null after `timeoutMs`). */
export function ask<T>(child: ChildProcess, message: { type: string } & Record<string, unknown>, timeoutMs = 15_000): Promise<T | null> {
  return new Promise((resolve) => {
    if (!child.connected) return resolve(null);
    const onMessage = (reply: { type?: string }) => {
      if (reply?.type !== message.type) return;
      done(reply as T);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    const done = (value: T | null) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(value);
    };
    child.on('message', onMessage);
    child.send(message, (error) => error && done(null));
  });
}

/** A process's resident memory (MB) from /proc, or null when it is gone. */
export async function rssMB(pid: number | undefined): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  } catch {
    return null;
  }
}

/** CPU time (user + system, seconds) a process has used so far, or null when it is gone. */
export async function cpuSeconds(pid: number | undefined): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime is the 14th, stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Stops a child for good: SIGTERM, then SIGKILL if it lingers. */
export async function stopChild(handle: BenchChild<unknown>): Promise<void> {
  if (handle.child.exitCode !== null || handle.child.signalCode !== null) return;
  handle.child.kill('SIGTERM');
  const timer = setTimeout(() => handle.child.kill('SIGKILL'), 3_000);
  await handle.exited;
  clearTimeout(timer);
}
