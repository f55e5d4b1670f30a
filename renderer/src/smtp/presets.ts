/**
 * Presets for entering a server by hand, taken from the discovery's provider table (each entry
 * there names the documentation its servers come from), and the common ports explained with the
 * discovery's own sentences — one source for the engine, the CLI and this form.
 *
 * The only Nordic provider in that table is One.com: Loopia, Domeneshop, Binero and GleSYS are
 * left out there for want of a source that could be checked, so they are not offered here either.
 */
import type { Lang } from '../../../electron/engine/i18n/index.ts';
import { PROVIDERS } from '../../../electron/engine/discover/providers.ts';
import { note } from '../../../electron/engine/discover/texts.ts';
import type { Security } from './host.ts';

export interface Preset {
  /** Unique: provider id, port. */
  readonly id: string;
  /** The provider's name (a proper noun, the same in every language). */
  readonly name: string;
  readonly kind: 'mailbox' | 'esp';
  readonly host: string;
  readonly port: number;
  readonly security: Security;
  /** Where the provider documents the server. */
  readonly source: string;
}

/** Every fixed server of the provider table (servers that depend on a region need an MX to know it). */
export const PRESETS: readonly Preset[] = PROVIDERS.flatMap((p) =>
  p.servers(undefined).map((s) => ({
    id: `${p.id}:${s.port}`,
    name: p.name,
    kind: p.kind,
    host: s.host,
    port: s.port,
    security: s.security,
    source: p.sources[0] ?? '',
  })),
);

export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

export const COMMON_PORTS = [587, 465, 25, 2525] as const;

/** One sentence about `port` in `lang` (the same text the discovery attaches to its candidates). */
export function portExplanation(lang: Lang, port: number): string {
  return (COMMON_PORTS as readonly number[]).includes(port) ? note(lang, `port.${port}`) : note(lang, 'port.other', { port });
}
