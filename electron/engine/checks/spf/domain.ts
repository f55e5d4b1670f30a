/**
 * Domain-name rules SPF applies: the §4.3 check of the domain handed to check_host(), the §7.1
 * `toplabel`, and what happens to a name after macro expansion (§7.3: trailing dot dropped, the
 * left side truncated to 253 characters).
 */
import { domainToASCII } from 'node:url';

/** RFC 7208 §7.1 `toplabel`: alphanumeric with at least one letter, or with an inner dash. */
export function isTopLabel(label: string): boolean {
  if (/^[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*$/.test(label)) return true;
  return /^[A-Za-z0-9]+-[A-Za-z0-9-]*[A-Za-z0-9]$/.test(label);
}

/** Removes one trailing dot: `example.com.` and `example.com` name the same domain (§7.3). */
export function stripDot(name: string): string {
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

/**
 * Whether a name can be put in a DNS question at all: 1–63 characters per label, no empty label,
 * at most 253 characters. (RFC 1035 §2.3.4; a trailing dot is allowed and ignored.)
 */
export function isQueryableName(name: string): boolean {
  const n = stripDot(name);
  if (n.length === 0 || n.length > 253) return false;
  return n.split('.').every((l) => l.length >= 1 && l.length <= 63);
}

/**
 * RFC 7208 §4.3: the <domain> given to check_host() must be a well-formed, multi-label domain name
 * whose last label is a `toplabel`; otherwise the result is `none` without any DNS query. Domain
 * literals (`[192.0.2.1]`) and bare host names fail here.
 */
export function isValidSpfDomain(name: string): boolean {
  if (!isQueryableName(name)) return false;
  const labels = stripDot(name).split('.');
  if (labels.length < 2) return false;
  if (!labels.every((l) => /^[\x21-\x7e]+$/.test(l))) return false;
  return isTopLabel(labels[labels.length - 1] ?? '');
}

/**
 * The domain as it will be asked for: trailing dot removed and, for names with non-ASCII letters
 * (an IDN typed by the user), the A-label form (RFC 5891). Returns the input when it cannot be
 * converted, so the §4.3 check reports it as malformed.
 */
export function normalizeDomain(name: string): string {
  const n = stripDot(name.trim());
  if (/^[\x20-\x7e]*$/.test(n)) return n; // plain ASCII: nothing to convert
  const ascii = domainToASCII(n);
  return ascii === '' ? n : ascii;
}

/**
 * §7.3: an expanded name longer than 253 characters loses labels on the left (with their dots)
 * until it fits. The trailing dot is dropped first.
 */
export function truncateExpanded(name: string): string {
  let n = stripDot(name);
  while (n.length > 253) {
    const dot = n.indexOf('.');
    if (dot < 0) break;
    n = n.slice(dot + 1);
  }
  return n;
}

/** Whether `name` equals `parent` or is a subdomain of it, ignoring case and trailing dots (§5.5). */
export function isSameOrSubdomain(name: string, parent: string): boolean {
  const n = stripDot(name).toLowerCase();
  const p = stripDot(parent).toLowerCase();
  return n === p || n.endsWith(`.${p}`);
}
