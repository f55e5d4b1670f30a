/**
 * SMTP AUTH (RFC 4954) with PLAIN (RFC 4616) or LOGIN (the de facto mechanism of
 * draft-murchison-sasl-login). The transcript hides the credentials as they are sent.
 */
import type { Reply } from './reply.ts';
import type { SmtpSession } from './session.ts';

/** Mechanisms the probe can use, most preferred first. */
export const SUPPORTED_MECHANISMS = ['PLAIN', 'LOGIN'] as const;
export type Mechanism = (typeof SUPPORTED_MECHANISMS)[number];

/** The mechanism to use among those offered, or undefined when none is supported. */
export function chooseMechanism(offered: readonly string[]): Mechanism | undefined {
  const set = new Set(offered.map((m) => m.toUpperCase()));
  return SUPPORTED_MECHANISMS.find((m) => set.has(m));
}

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

/** Runs the exchange; resolves with the server's final reply (235 on success). */
export async function authenticate(session: SmtpSession, mechanism: Mechanism, user: string, password: string): Promise<Reply> {
  if (mechanism === 'PLAIN') {
    const blob = b64(`\u0000${user}\u0000${password}`);
    const first = await session.command(`AUTH PLAIN ${blob}`, 'auth');
    // A server that ignores the initial response asks with an empty 334 (RFC 4954 §4).
    if (first.code === 334) return session.command(blob, 'auth');
    return first;
  }
  const first = await session.command('AUTH LOGIN', 'auth');
  if (first.code !== 334) return first;
  const second = await session.command(b64(user), 'auth');
  if (second.code !== 334) return second;
  return session.command(b64(password), 'auth');
}
