/**
 * Windows registry text, two forms:
 * - `reg query KEY /s` output: a line with the key path, then one line per value,
 *   `    Name    REG_TYPE    data` (four spaces between fields; REG_BINARY data as hex digits,
 *   REG_DWORD as `0x…`);
 * - a `.reg` export (`reg export`, "Windows Registry Editor Version 5.00"): `[KEY]`, then
 *   `"Name"="text"`, `"Name"=dword:0000024b`, `"Name"=hex:73,00,…` (long lines continue with `\`).
 * Both become key → name → value, binary values as bytes.
 */
export type RegValue =
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'dword'; readonly value: number }
  | { readonly type: 'binary'; readonly value: Uint8Array };

export type RegTree = Map<string, Map<string, RegValue>>;

function hexBytes(text: string): Uint8Array {
  const clean = text.replace(/[^0-9a-f]/gi, '');
  const out = new Uint8Array(Math.floor(clean.length / 2));
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function parseQuery(text: string): RegTree {
  const tree: RegTree = new Map();
  let current: Map<string, RegValue> | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (/^HKEY_|^HK(CU|LM|CR|U)\\/.test(line)) {
      current = new Map();
      tree.set(line.trim(), current);
      continue;
    }
    const m = /^\s{4}(.+?)\s{4}(REG_[A-Z_]+)(?:\s{4}(.*))?$/.exec(line);
    if (!m || !current) continue;
    const [, name = '', type = '', data = ''] = m;
    if (type === 'REG_DWORD' || type === 'REG_QWORD') current.set(name, { type: 'dword', value: Number(data.trim()) });
    else if (type === 'REG_BINARY') current.set(name, { type: 'binary', value: hexBytes(data) });
    else current.set(name, { type: 'string', value: data });
  }
  return tree;
}

function parseExport(text: string): RegTree {
  const tree: RegTree = new Map();
  let current: Map<string, RegValue> | undefined;
  const joined = text.replace(/\\\r?\n\s*/g, '');
  for (const line of joined.split(/\r?\n/)) {
    const key = /^\[(.+)\]\s*$/.exec(line);
    if (key) {
      current = new Map();
      tree.set(key[1] ?? '', current);
      continue;
    }
    const m = /^"((?:[^"\\]|\\.)*)"=(.*)$/.exec(line) ?? /^(@)=(.*)$/.exec(line);
    if (!m || !current) continue;
    const name = (m[1] ?? '').replace(/\\(.)/g, '$1');
    const data = (m[2] ?? '').trim();
    if (data.startsWith('"')) current.set(name, { type: 'string', value: data.slice(1, -1).replace(/\\(.)/g, '$1') });
    else if (data.startsWith('dword:')) current.set(name, { type: 'dword', value: parseInt(data.slice(6), 16) });
    else if (data.startsWith('hex')) current.set(name, { type: 'binary', value: hexBytes(data.slice(data.indexOf(':') + 1)) });
  }
  return tree;
}

/** Parses either form. */
export function parseRegistry(text: string): RegTree {
  return /^\s*(Windows Registry Editor|REGEDIT4)/.test(text) ? parseExport(text) : parseQuery(text);
}

/** A value as text: REG_SZ as is, REG_BINARY decoded as UTF-16LE (how Outlook stores its strings), NULs dropped. */
export function regText(v: RegValue | undefined): string | undefined {
  if (!v) return undefined;
  if (v.type === 'string') return v.value;
  if (v.type === 'dword') return String(v.value);
  const even = v.value.length - (v.value.length % 2);
  return new TextDecoder('utf-16le').decode(v.value.subarray(0, even)).replace(/\0+$/g, '').replace(/\0/g, '');
}

/** A value as a number (DWORD), when it is one. */
export function regNumber(v: RegValue | undefined): number | undefined {
  if (!v) return undefined;
  if (v.type === 'dword') return v.value;
  if (v.type === 'binary' && v.value.length === 4) return new DataView(v.value.buffer, v.value.byteOffset, 4).getUint32(0, true);
  const n = Number(regText(v));
  return Number.isFinite(n) ? n : undefined;
}
