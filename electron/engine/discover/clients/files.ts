/**
 * Reading settings files through the injected file system: text decoding (UTF-8, or UTF-16 with a
 * byte-order mark, as `reg export` writes), and a bounded walk of a directory given with
 * `--client-config DIR`.
 */
import { join } from 'node:path';
import type { DiscoverDeps } from '../types.ts';

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  return new TextDecoder('utf-8').decode(bytes);
}

export async function readText(deps: DiscoverDeps, path: string): Promise<string> {
  return decodeText(await deps.readFile(path));
}

/** Whether `path` is a directory (readDir succeeds). */
export async function isDir(deps: DiscoverDeps, path: string): Promise<boolean> {
  try {
    await deps.readDir(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Files under `root` (or `root` itself when it is a file) whose name `wanted` accepts, breadth
 * first, at most `maxDepth` levels down and `maxFiles` in all.
 */
export async function collectFiles(
  deps: DiscoverDeps,
  root: string,
  wanted: (name: string) => boolean,
  maxDepth = 5,
  maxFiles = 50,
): Promise<string[]> {
  if (!(await isDir(deps, root))) return (await deps.exists(root)) ? [root] : [];
  const found: string[] = [];
  let level = [root];
  for (let depth = 0; depth <= maxDepth && level.length > 0 && found.length < maxFiles; depth++) {
    const next: string[] = [];
    for (const dir of level) {
      let names: string[];
      try {
        names = (await deps.readDir(dir)).sort();
      } catch {
        continue;
      }
      for (const name of names) {
        const path = join(dir, name);
        if (await isDir(deps, path)) next.push(path);
        else if (wanted(name)) found.push(path);
      }
    }
    level = next;
  }
  return found.slice(0, maxFiles);
}
