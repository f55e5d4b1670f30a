/**
 * The DKIM key record (RFC 6376 §3.6.1) parsed and judged: tags, flags, and the public key itself
 * — its type and size, read by node:crypto from the SubjectPublicKeyInfo DER of `p=` (RSA), or the
 * raw 32 octets of an Ed25519 key (RFC 8463 §4.2).
 */
import { createPublicKey } from 'node:crypto';
import { parseTagList, stripWhitespace } from '../support/tags.ts';

/** How `p=` was encoded: SPKI as RFC 6376 requires, a bare PKCS#1 RSAPublicKey, or raw Ed25519. */
export type DkimKeyFormat = 'spki' | 'pkcs1' | 'raw';

export interface DkimKeyInfo {
  /** The record as published (TXT strings joined). */
  readonly record: string;
  /** `k=` (default `rsa`), lower-case. */
  readonly keyType: string;
  /** Key size in bits (RSA modulus length; 256 for Ed25519), when the key could be read. */
  readonly bits?: number;
  readonly format?: DkimKeyFormat;
  /** `t=y`: the domain is testing DKIM (§3.6.1): verifiers treat its mail as unsigned. */
  readonly testing: boolean;
  /** `t=s`: the i= domain must equal d= exactly, no subdomains. */
  readonly strict: boolean;
  /** `p=` empty: the key was revoked (§3.6.1). */
  readonly revoked: boolean;
  /** `h=` hash algorithms, when restricted. */
  readonly hashes?: string[];
  /** `s=` service types, when restricted. */
  readonly services?: string[];
  /** `n=` notes for humans. */
  readonly notes?: string;
  /** Syntax problems (the record may be discarded by verifiers). */
  readonly syntax: string[];
  /** Why `p=` is not a usable key of type `keyType`, when it is not. */
  readonly keyProblem?: string;
}

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/u;

function colonList(value: string | undefined): string[] | undefined {
  return value === undefined
    ? undefined
    : value
        .split(':')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean);
}

/** Reads the key bytes; the type and size, or why they cannot be read. */
function readKey(keyType: string, b64: string): { bits?: number; format?: DkimKeyFormat; problem?: string } {
  if (!BASE64.test(b64) || b64.length % 4 === 1) return { problem: 'p= is not valid base64' };
  const der = Buffer.from(b64, 'base64');
  if (keyType === 'ed25519') {
    if (der.length !== 32) return { problem: `an Ed25519 key has 32 octets, p= has ${der.length}` };
    try {
      createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, der]), format: 'der', type: 'spki' });
      return { bits: 256, format: 'raw' };
    } catch (e) {
      return { problem: `not an Ed25519 key (${(e as Error).message})` };
    }
  }
  for (const type of ['spki', 'pkcs1'] as const) {
    try {
      const key = createPublicKey({ key: der, format: 'der', type });
      if (key.asymmetricKeyType !== 'rsa') return { problem: `p= holds a ${key.asymmetricKeyType ?? 'non-RSA'} key, k= says rsa` };
      const bits = key.asymmetricKeyDetails?.modulusLength;
      return { ...(bits !== undefined ? { bits } : {}), format: type };
    } catch {
      // try the next encoding
    }
  }
  return { problem: 'p= does not decode as an RSA public key' };
}

export function parseDkimKey(record: string): DkimKeyInfo {
  const list = parseTagList(record);
  const syntax = [...list.problems];
  const v = list.values.get('v');
  if (v !== undefined) {
    if (list.tags[0]?.name !== 'v') syntax.push('v= is not the first tag');
    if (v !== 'DKIM1') syntax.push(`v=${v} (must be DKIM1)`);
  }
  const keyType = (list.values.get('k') ?? 'rsa').toLowerCase();
  const flags = colonList(list.values.get('t')) ?? [];
  const hashes = colonList(list.values.get('h'));
  const services = colonList(list.values.get('s'));
  const notes = list.values.get('n');
  const p = list.values.get('p');
  if (p === undefined) syntax.push('no p= tag (the key is required)');
  const b64 = p === undefined ? '' : stripWhitespace(p);
  const revoked = p !== undefined && b64 === '';
  let key: ReturnType<typeof readKey> = {};
  if (!revoked && p !== undefined && (keyType === 'rsa' || keyType === 'ed25519')) key = readKey(keyType, b64);
  return {
    record,
    keyType,
    ...(key.bits !== undefined ? { bits: key.bits } : {}),
    ...(key.format !== undefined ? { format: key.format } : {}),
    testing: flags.includes('y'),
    strict: flags.includes('s'),
    revoked,
    ...(hashes ? { hashes } : {}),
    ...(services ? { services } : {}),
    ...(notes !== undefined ? { notes } : {}),
    syntax,
    ...(key.problem !== undefined ? { keyProblem: key.problem } : {}),
  };
}
