/**
 * Services for the Node hosts (CLI, bridge, tests): the environment facts, clock and ids. The
 * Electron main process builds the same shape with its own store.
 */
import { randomUUID } from 'node:crypto';
import { arch, platform, release } from 'node:os';
import type { HostEnvironment, Services } from '../contract/context.ts';
import type { CaseStore } from '../store/types.ts';
import { APP_VERSION } from '../version.ts';
import { chromePdfRenderer } from '../report/pdf.ts';

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function hostEnvironment(host: HostEnvironment['host'], resolver = 'system'): HostEnvironment {
  return { appVersion: APP_VERSION, host, os: `${platform()} ${release()} ${arch()}`, timeZone: localTimeZone(), resolver };
}

export function createNodeServices(options: { host: HostEnvironment['host']; store: CaseStore; resolver?: string }): Services {
  return {
    store: options.store,
    env: hostEnvironment(options.host, options.resolver),
    now: () => new Date(),
    randomId: () => randomUUID(),
    pdf: chromePdfRenderer({ env: process.env }),
  };
}
