/**
 * Mail address syntax, as a consultant types it. Deliberately practical rather than the full
 * RFC 5322 grammar: quoted local parts and address literals are rare in the addresses people type
 * and are accepted; a missing domain, spaces or a domain without a dot are not.
 */

const LOCAL_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uFFFF-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uFFFF-]+)*$/u;
const QUOTED_LOCAL = /^"([^"\\\r\n]|\\.)*"$/u;
const LABEL = /^[A-Za-z0-9\u0080-\uFFFF]([A-Za-z0-9\u0080-\uFFFF-]{0,61}[A-Za-z0-9\u0080-\uFFFF])?$/u;

/** Whether `name` is a syntactically valid host name with at least two labels. */
export function isDomainName(name: string): boolean {
  const d = name.endsWith('.') ? name.slice(0, -1) : name;
  if (d.length === 0 || d.length > 253) return false;
  const labels = d.split('.');
  if (labels.length < 2) return false;
  return labels.every((l) => LABEL.test(l)) && !/^[0-9]+$/.test(labels[labels.length - 1] ?? '');
}

/** Splits an address into local part and domain at the last `@`; undefined when there is none. */
export function splitAddress(address: string): { local: string; domain: string } | undefined {
  const at = address.lastIndexOf('@');
  if (at <= 0 || at === address.length - 1) return undefined;
  return { local: address.slice(0, at), domain: address.slice(at + 1) };
}

/** Whether `address` is a usable mail address (`local@domain.tld`). */
export function isMailAddress(address: string): boolean {
  if (address.length > 254 || /\s/u.test(address)) return false;
  const parts = splitAddress(address);
  if (!parts) return false;
  if (parts.local.length > 64) return false;
  if (!LOCAL_ATOM.test(parts.local) && !QUOTED_LOCAL.test(parts.local)) return false;
  if (/^\[.*\]$/u.test(parts.domain)) return true;
  return isDomainName(parts.domain);
}

/** The domain of an address, lower-cased; undefined when the address has none. */
export function domainOf(address: string): string | undefined {
  return splitAddress(address.trim())?.domain.toLowerCase();
}
