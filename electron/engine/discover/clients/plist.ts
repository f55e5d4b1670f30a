/**
 * XML property lists (Apple's "PropertyList-1.0" DTD): dict, array, string, integer, real, true,
 * false, date, data. Binary plists (`bplist00`) are not read; callers report them as skipped.
 */
import { XMLParser } from 'fast-xml-parser';

export type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue };

type Node = Record<string, unknown>;

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: true, parseTagValue: false, trimValues: true });

function tagOf(node: Node): string | undefined {
  return Object.keys(node).find((k) => k !== ':@' && k !== '#text');
}

function textOf(children: unknown): string {
  return Array.isArray(children) ? children.map((c) => String((c as Node)['#text'] ?? '')).join('') : '';
}

function convert(node: Node): PlistValue | undefined {
  const tag = tagOf(node);
  if (!tag) return undefined;
  const children = node[tag] as Node[];
  switch (tag) {
    case 'dict': {
      const out: Record<string, PlistValue> = {};
      let key: string | undefined;
      for (const child of children) {
        const t = tagOf(child);
        if (t === 'key') key = textOf(child[t]);
        else if (key !== undefined) {
          const v = convert(child);
          if (v !== undefined) out[key] = v;
          key = undefined;
        }
      }
      return out;
    }
    case 'array':
      return children.map(convert).filter((v): v is PlistValue => v !== undefined);
    case 'integer':
    case 'real':
      return Number(textOf(children));
    case 'true':
      return true;
    case 'false':
      return false;
    default:
      return textOf(children);
  }
}

export function isBinaryPlist(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.subarray(0, 8)) === 'bplist00';
}

/** The root value of an XML plist; undefined when the text is not one. */
export function parsePlist(text: string): PlistValue | undefined {
  let doc: Node[];
  try {
    doc = parser.parse(text) as Node[];
  } catch {
    return undefined;
  }
  const plist = doc.find((n) => tagOf(n) === 'plist');
  const root = (plist?.['plist'] as Node[] | undefined)?.find((n) => tagOf(n) !== undefined);
  return root ? convert(root) : undefined;
}
