/**
 * The trust store for one probe: the system's roots plus the CA the consultant gave (inline PEM or
 * a file). A CA that cannot be read is a finding, and the probe goes on with the system roots.
 */
import type { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Finding } from '../model/finding.ts';
import { build, type Ctx } from './classify.ts';
import { parsePemCertificates, systemRoots } from './tls-info.ts';

export interface Trust {
  readonly roots: readonly string[];
  readonly extra: readonly X509Certificate[];
}

export async function loadTrust(ctx: Ctx, ca: string | undefined, caFile: string | undefined, findings: Finding[]): Promise<Trust> {
  const extra: X509Certificate[] = [];
  const pems: string[] = [];
  const add = (pem: string, source: string): void => {
    const certs = parsePemCertificates(pem);
    if (!certs) {
      findings.push(build(ctx, 'tls', 'tls.ca.unreadable', 'error', 'sender-it', { file: source }, { withTranscript: false }));
      return;
    }
    extra.push(...certs);
    pems.push(...certs.map((c) => c.toString()));
  };
  if (ca !== undefined && ca.trim().length > 0) add(ca, 'PEM');
  if (caFile !== undefined && caFile.length > 0) {
    try {
      add(await readFile(caFile, 'utf8'), caFile);
    } catch {
      findings.push(build(ctx, 'tls', 'tls.ca.unreadable', 'error', 'sender-it', { file: caFile }, { withTranscript: false }));
    }
  }
  return { roots: [...systemRoots(), ...pems], extra };
}
