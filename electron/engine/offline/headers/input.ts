/**
 * Finds the header section in what a consultant pastes or drops: a whole .eml, headers alone, or text
 * copied from a mail client ("Internet headers" in Outlook, "Show original" in Gmail) with labels,
 * summaries or indentation around it. Unfolds fields (RFC 5322 §2.2.3) and tolerates CRLF, LF or CR.
 */
import type { HeaderField } from './types.ts';

/** Bytes as text: UTF-8 when valid (RFC 6532 allows it in headers), else Latin-1, which never fails. */
export function decodeInput(input: string | Uint8Array): string {
  if (typeof input === 'string') return input;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return new TextDecoder('latin1').decode(input);
  }
}

// RFC 5322 §3.6.8 field name: printable ASCII except colon; obsolete syntax (§4.5) allows WSP before it.
const FIELD_START = /^([!-9;-~]+)[ \t]*:(.*)$/;

// Fields that show a block is a real message header rather than a summary someone typed or a UI printed.
const TRACE =
  /^(received|x-received|return-path|delivered-to|authentication-results|arc-[a-z-]+|dkim-signature|received-spf|message-id|mime-version|x-ms-exchange-[a-z-]+|x-forefront-antispam-report|x-mailer|x-originating-ip|content-type)$/i;

interface RawField {
  name: string;
  lines: string[];
}

function commonIndent(lines: readonly string[]): string {
  let indent: string | undefined;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
    if (indent === undefined || lead.length < indent.length) indent = lead;
    if (indent.length === 0) return '';
  }
  return indent ?? '';
}

/** Parses one block of lines (no blank lines inside) into fields, skipping junk before the first field. */
function parseBlock(lines: readonly string[]): RawField[] {
  let fields: RawField[] = [];
  let pendingJunk = false;
  for (const line of lines) {
    const m = FIELD_START.exec(line);
    if (m && !/^[ \t]/.test(line)) {
      // Junk followed by a field: if what came before held no trace field it was a summary or a UI
      // label (Gmail's "Show original" table), so start again here.
      if (pendingJunk && !fields.some((f) => TRACE.test(f.name))) fields = [];
      pendingJunk = false;
      fields.push({ name: m[1] ?? '', lines: [m[2] ?? ''] });
      continue;
    }
    const current = fields[fields.length - 1];
    if (!current) continue; // leading junk
    if (/^[ \t]/.test(line)) {
      current.lines.push(line);
    } else {
      // A line without indentation or a field name: a continuation that lost its indentation when
      // copied from a web page, or junk between a summary and the real header.
      pendingJunk = true;
      current.lines.push(' ' + line);
    }
  }
  return fields;
}

/**
 * The header fields of the input, top first. Chooses the first blank-line-separated block that holds a
 * trace field, else the first block with any field.
 */
export function splitHeaderFields(text: string): HeaderField[] {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const all = normalized.split('\n');
  const indent = commonIndent(all);
  const lines = indent ? all.map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart())) : all;

  const blocks: string[][] = [];
  let cur: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (cur.length > 0) blocks.push(cur);
      cur = [];
    } else {
      cur.push(line);
    }
  }
  if (cur.length > 0) blocks.push(cur);

  let chosen: RawField[] | undefined;
  let firstAny: RawField[] | undefined;
  for (const block of blocks) {
    const fields = parseBlock(block);
    if (fields.length === 0) continue;
    firstAny ??= fields;
    if (fields.some((f) => TRACE.test(f.name))) {
      chosen = fields;
      break;
    }
  }
  const picked = chosen ?? firstAny ?? [];
  return picked.map((f, index) => ({
    name: f.name,
    value: f.lines.join('\n').replace(/\s+/g, ' ').trim(),
    index,
  }));
}

/** The fields named `name` (case-insensitive), top first. */
export function fieldsNamed(fields: readonly HeaderField[], name: string): HeaderField[] {
  const lower = name.toLowerCase();
  return fields.filter((f) => f.name.toLowerCase() === lower);
}

/** The first field named `name`. */
export function firstField(fields: readonly HeaderField[], name: string): HeaderField | undefined {
  const lower = name.toLowerCase();
  return fields.find((f) => f.name.toLowerCase() === lower);
}
