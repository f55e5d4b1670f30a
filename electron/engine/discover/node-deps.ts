/**
 * The real I/O for a discovery run in Node (CLI, bridge, Electron main): files, HTTP with a time
 * limit, `reg query` on Windows, and node:net/tls for the probe. Tests inject their own.
 */
import { execFile } from 'node:child_process';
import { access, readdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import type { Resolver } from '../dns/types.ts';
import type { Lang } from '../i18n/index.ts';
import { lookupVia } from '../net/http.ts';
import { resolverConnect } from './probe.ts';
import type { DiscoverDeps, HttpFetch } from './types.ts';

const MAX_BODY = 1024 * 1024;

/** HTTP through Node's fetch: a time limit per request, redirects followed, the body capped at 1 MB. */
export const nodeFetch: HttpFetch = async (url, request = {}) => {
  const timeout = AbortSignal.timeout(request.timeoutMs ?? 8000);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  const res = await fetch(url, {
    method: request.method ?? 'GET',
    ...(request.body !== undefined ? { body: request.body } : {}),
    headers: { 'user-agent': 'Mailpath', ...(request.headers ?? {}) },
    redirect: 'follow',
    signal,
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => {
    headers[k.toLowerCase()] = v;
  });
  return { status: res.status, text: new TextDecoder().decode(bytes.subarray(0, MAX_BODY)), headers };
};

/** `reg query KEY /s` (read-only); rejects off Windows and when the key is missing. */
export function nodeRegQuery(key: string): Promise<string> {
  if (process.platform !== 'win32') return Promise.reject(new Error('reg is only available on Windows'));
  return new Promise((resolve, reject) => {
    execFile('reg', ['query', key, '/s'], { windowsHide: true, timeout: 10_000, maxBuffer: 8 * 1024 * 1024 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(stdout);
    });
  });
}

export function nodeDiscoverDeps(base: { resolver: Resolver; lang: Lang; signal?: AbortSignal }): DiscoverDeps {
  return {
    resolver: base.resolver,
    lang: base.lang,
    ...(base.signal ? { signal: base.signal } : {}),
    fetch: nodeFetch,
    readFile: async (path) => new Uint8Array(await readFile(path)),
    readDir: (path) => readdir(path),
    exists: async (path) => {
      try {
        await access(path);
        return true;
      } catch {
        return false;
      }
    },
    platform: process.platform,
    env: process.env,
    homedir: homedir(),
    regQuery: nodeRegQuery,
    connect: resolverConnect(lookupVia(base.resolver, base.signal)),
  };
}
