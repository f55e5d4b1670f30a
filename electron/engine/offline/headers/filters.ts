/**
 * Spam-filter verdict headers decoded into plain language: Microsoft 365 / Exchange Online Protection
 * (X-Forefront-Antispam-Report, X-MS-Exchange-Organization-SCL, X-Microsoft-Antispam BCL,
 * X-Microsoft-Antispam-Mailbox-Delivery), SpamAssassin and Amavis (X-Spam-Status, X-Spam-Flag,
 * X-Spam-Score), rspamd (X-Spamd-Result, X-Rspamd-Action, X-Spam), Gmail (X-Gm-Spam, X-Gm-Phishy) and
 * Barracuda. Microsoft renames copies it received from elsewhere to `…-Untrusted`; those are kept but
 * marked untrusted.
 */
import type { Lang } from '../../i18n/index.ts';
import { filterTexts } from '../../i18n/findings/headers.ts';
import type { FilterItem, FilterName, FilterVerdict, FilterVerdictKind, HeaderField } from './types.ts';

/** A filter text in `lang` with `{{name}}` replaced. */
export function filterText(lang: Lang, key: string, params: Readonly<Record<string, string | number>> = {}): string | undefined {
  const text = filterTexts[lang][key] ?? filterTexts.en[key];
  if (text === undefined) return undefined;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

const FILTER_NAMES: Readonly<Record<FilterName, string>> = {
  microsoft: 'Microsoft 365',
  spamassassin: 'SpamAssassin',
  rspamd: 'Rspamd',
  google: 'Gmail',
  barracuda: 'Barracuda',
  mimecast: 'Mimecast',
  generic: 'Spam filter',
};

export function filterDisplayName(filter: FilterName, header: string): string {
  return filter === 'generic' ? header : FILTER_NAMES[filter];
}

function item(lang: Lang, key: string, value: string, textKey?: string): FilterItem {
  const meaning = textKey ? filterText(lang, textKey, { value }) : undefined;
  return { key, value, ...(meaning ? { meaning } : {}) };
}

function verdictOf(
  lang: Lang,
  field: HeaderField,
  filter: FilterName,
  verdict: FilterVerdictKind,
  items: FilterItem[],
  score?: number,
  threshold?: number,
): FilterVerdict {
  const name = filterDisplayName(filter, field.name);
  const v = filterText(lang, `verdict.${verdict}`) ?? verdict;
  const summaryKey = score !== undefined ? (threshold !== undefined ? 'summary.score' : 'summary.scoreOnly') : 'summary.plain';
  return {
    filter,
    header: field.name,
    verdict,
    ...(score !== undefined ? { score } : {}),
    ...(threshold !== undefined ? { threshold } : {}),
    summary: filterText(lang, summaryKey, { filter: name, verdict: v, score: score ?? '', threshold: threshold ?? '' }) ?? name,
    items,
    trusted: !/-untrusted$/i.test(field.name),
    fieldIndex: field.index,
  };
}

/** `KEY:value;KEY:value` as Microsoft writes it; values may hold colons (IPv6 in CIP). */
function msPairs(value: string): [string, string][] {
  return value
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => {
      const at = p.indexOf(':');
      return at < 0 ? [p.toUpperCase(), ''] : [p.slice(0, at).trim().toUpperCase(), p.slice(at + 1).trim()];
    });
}

function sclVerdict(scl: number): FilterVerdictKind {
  if (scl < 0) return 'bypassed';
  if (scl >= 7) return 'high-confidence-spam';
  if (scl >= 5) return 'spam';
  return 'not-spam';
}

function sclKey(scl: number): string {
  if (scl < 0) return 'ms.scl.bypass';
  if (scl >= 7) return 'ms.scl.high';
  if (scl >= 5) return 'ms.scl.spam';
  return 'ms.scl.clean';
}

const MALWARE_CATS = new Set(['MALW', 'AMP', 'SAP', 'FTBP']);
const PHISH_CATS = new Set(['PHSH', 'HPHSH', 'HPHISH', 'SPOOF', 'DIMP', 'UIMP', 'GIMP', 'BIMP', 'INTOS']);

function forefront(lang: Lang, field: HeaderField): FilterVerdict {
  const items: FilterItem[] = [];
  let scl: number | undefined;
  let sfv = '';
  let cat = '';
  let bulk = false;
  for (const [key, value] of msPairs(field.value)) {
    switch (key) {
      case 'CIP':
        if (value && value !== '255.255.255.255') items.push(item(lang, key, value, 'ms.cip'));
        break;
      case 'CTRY':
        if (value) items.push(item(lang, key, value, 'ms.ctry'));
        break;
      case 'LANG':
        if (value) items.push(item(lang, key, value, 'ms.lang'));
        break;
      case 'H':
        if (value) items.push(item(lang, key, value, 'ms.h'));
        break;
      case 'PTR':
        items.push(item(lang, key, value, value ? 'ms.ptr' : 'ms.ptr.none'));
        break;
      case 'DIR':
        items.push(item(lang, key, value, `ms.dir.${value.toUpperCase()}`));
        break;
      case 'SCL':
        if (/^-?\d+$/.test(value)) {
          scl = Number(value);
          items.push(item(lang, key, value, sclKey(scl)));
        }
        break;
      case 'SRV':
        if (value) items.push(item(lang, key, value, `ms.srv.${value.toUpperCase()}`));
        bulk ||= /bulk/i.test(value);
        break;
      case 'IPV':
        if (value) items.push(item(lang, key, value, `ms.ipv.${value.toUpperCase()}`));
        break;
      case 'SFV':
        sfv = value.toUpperCase();
        if (value) items.push(item(lang, key, value, `ms.sfv.${sfv}`));
        break;
      case 'CAT':
        cat = value.toUpperCase();
        if (value) items.push(item(lang, key, value, `ms.cat.${cat}`));
        break;
      case 'SFTY':
        if (value) items.push(item(lang, key, value, filterTexts.en[`ms.sfty.${value}`] ? `ms.sfty.${value}` : 'ms.sfty.other'));
        break;
      default:
        break;
    }
  }
  let verdict: FilterVerdictKind = 'unknown';
  if (MALWARE_CATS.has(cat)) verdict = 'malware';
  else if (PHISH_CATS.has(cat)) verdict = 'phish';
  else if (cat === 'HSPM') verdict = 'high-confidence-spam';
  else if (sfv === 'BLK') verdict = 'blocked';
  else if (cat === 'SPM' || sfv === 'SPM' || sfv === 'SKS' || sfv === 'SKB' || (scl !== undefined && scl >= 5)) {
    verdict = scl !== undefined && scl >= 7 ? 'high-confidence-spam' : 'spam';
  } else if (cat === 'BULK' || bulk) verdict = 'bulk';
  else if (['SKN', 'SKA', 'SFE', 'SKI', 'SKQ'].includes(sfv) || (scl !== undefined && scl < 0)) verdict = 'bypassed';
  else if (sfv === 'NSPM' || (scl !== undefined && scl >= 0)) verdict = 'not-spam';
  return verdictOf(lang, field, 'microsoft', verdict, items, scl, scl !== undefined ? 5 : undefined);
}

function mailboxDelivery(lang: Lang, field: HeaderField): FilterVerdict {
  const items: FilterItem[] = [];
  let verdict: FilterVerdictKind = 'unknown';
  for (const [key, value] of msPairs(field.value)) {
    const k = key.toLowerCase();
    if (k === 'dest') {
      const d = value.toUpperCase();
      items.push(item(lang, key, value, `ms.dest.${d}`));
      verdict = d === 'J' ? 'junk-folder' : d === 'I' ? 'inbox' : verdict;
    } else if (k === 'ofr') {
      items.push(item(lang, key, value, filterTexts.en[`ms.ofr.${value}`] ? `ms.ofr.${value}` : undefined));
    } else if ((k === 'ucf' || k === 'jmr') && value === '1') {
      items.push(item(lang, key, value, `ms.${k}.1`));
    }
  }
  return verdictOf(lang, field, 'microsoft', verdict, items);
}

function spamStatus(lang: Lang, field: HeaderField, filter: FilterName): FilterVerdict | undefined {
  // SpamAssassin: "Yes, score=7.1 required=5.0 tests=A,B autolearn=no version=3.4.6";
  // Amavis: "No, score=-1 tagged_above=-999 required=6.2 tests=[ALL_TRUSTED=-1]";
  // Barracuda: "No, SCORE=0.00 using global scores of TAG_LEVEL=3.5 QUARANTINE_LEVEL=1000.0 KILL_LEVEL=8.0 tests=…".
  const m = /^\s*(yes|no)\b/i.exec(field.value);
  if (!m) return undefined;
  const spam = (m[1] ?? '').toLowerCase() === 'yes';
  const score = /\b(?:score|hits)=(-?[\d.]+)/i.exec(field.value)?.[1];
  const required = /\b(?:required|tag_level)=(-?[\d.]+)/i.exec(field.value)?.[1];
  const tests = /\btests=\[?([^\],\s]+(?:,\s*[^\],\s]+)*)\]?/i.exec(field.value)?.[1];
  const items: FilterItem[] = [];
  if (score !== undefined) items.push(item(lang, 'score', score, 'sa.score'));
  if (required !== undefined) items.push(item(lang, 'required', required, 'sa.required'));
  if (tests) items.push(item(lang, 'tests', tests.replace(/\s+/g, ''), 'sa.tests'));
  return verdictOf(
    lang,
    field,
    filter,
    spam ? 'spam' : 'not-spam',
    items,
    score !== undefined ? Number(score) : undefined,
    required !== undefined ? Number(required) : undefined,
  );
}

function yesNo(lang: Lang, field: HeaderField, filter: FilterName): FilterVerdict | undefined {
  const v = field.value.trim().toLowerCase();
  if (!/^(?:yes|no|true|false)\b/.test(v)) return undefined;
  const spam = v.startsWith('yes') || v.startsWith('true');
  return verdictOf(lang, field, filter, spam ? 'spam' : 'not-spam', [
    item(lang, field.name, field.value, spam ? 'sa.flag.yes' : 'sa.flag.no'),
  ]);
}

function spamdResult(lang: Lang, field: HeaderField): FilterVerdict | undefined {
  // rspamd: "default: False [-2.50 / 15.00]; BAYES_HAM(-3.00)[100.00%]; R_SPF_ALLOW(-0.20)[…]; …"
  const m = /default:\s*(true|false)\s*\[\s*(-?[\d.]+)\s*\/\s*(-?[\d.]+)\s*\]/i.exec(field.value);
  if (!m) return undefined;
  const symbols = [...field.value.matchAll(/([A-Z0-9_]+)\((-?[\d.]+)\)/g)]
    .map((s) => ({ name: s[1] ?? '', score: Number(s[2]) }))
    .filter((s) => s.score !== 0)
    .sort((a, b) => Math.abs(b.score) - Math.abs(a.score))
    .slice(0, 8);
  const items = symbols.map((s) => {
    const meaning = filterText(lang, 'rspamd.symbol', { value: `${s.name} (${s.score})` });
    return { key: s.name, value: String(s.score), ...(meaning ? { meaning } : {}) };
  });
  return verdictOf(lang, field, 'rspamd', (m[1] ?? '').toLowerCase() === 'true' ? 'spam' : 'not-spam', items, Number(m[2]), Number(m[3]));
}

function rspamdAction(lang: Lang, field: HeaderField): FilterVerdict {
  const action = field.value.trim().toLowerCase();
  const verdict: FilterVerdictKind =
    action === 'no action'
      ? 'not-spam'
      : /^(?:add header|rewrite subject)$/.test(action)
        ? 'spam'
        : /reject/.test(action)
          ? 'blocked'
          : 'unknown';
  return verdictOf(lang, field, 'rspamd', verdict, [item(lang, 'action', field.value, 'rspamd.action')]);
}

function gmailFlag(lang: Lang, field: HeaderField, kind: 'spam' | 'phishy'): FilterVerdict | undefined {
  const v = field.value.trim();
  if (v !== '0' && v !== '1') return undefined;
  const verdict: FilterVerdictKind = v === '1' ? (kind === 'spam' ? 'spam' : 'phish') : 'not-spam';
  return verdictOf(lang, field, 'google', verdict, [item(lang, field.name, v, `google.${kind}.${v}`)]);
}

/** Every filter verdict found among the fields, top (newest) first. */
export function decodeFilters(fields: readonly HeaderField[], lang: Lang): FilterVerdict[] {
  const out: FilterVerdict[] = [];
  const names = new Set(fields.map((f) => f.name.toLowerCase()));
  for (const field of fields) {
    const n = field.name.toLowerCase();
    let v: FilterVerdict | undefined;
    if (n === 'x-forefront-antispam-report' || n === 'x-forefront-antispam-report-untrusted') v = forefront(lang, field);
    else if (n === 'x-ms-exchange-organization-scl' && /^-?\d+$/.test(field.value.trim())) {
      const scl = Number(field.value.trim());
      v = verdictOf(lang, field, 'microsoft', sclVerdict(scl), [item(lang, 'SCL', String(scl), sclKey(scl))], scl, 5);
    } else if (n === 'x-microsoft-antispam' || n === 'x-microsoft-antispam-untrusted') {
      const bcl = /\bBCL:(\d)/i.exec(field.value)?.[1];
      if (bcl !== undefined) {
        const level = Number(bcl);
        v = verdictOf(lang, field, 'microsoft', level >= 7 ? 'bulk' : 'unknown', [item(lang, 'BCL', bcl, 'ms.bcl')], level, 7);
      }
    } else if (n === 'x-microsoft-antispam-mailbox-delivery') v = mailboxDelivery(lang, field);
    else if (n === 'x-spam-status') v = spamStatus(lang, field, 'spamassassin');
    else if (n === 'x-barracuda-spam-status') v = spamStatus(lang, field, 'barracuda');
    else if (n === 'x-spam-flag' && !names.has('x-spam-status')) v = yesNo(lang, field, 'spamassassin');
    else if (n === 'x-spam' && !names.has('x-spamd-result')) v = yesNo(lang, field, 'rspamd');
    else if (n === 'x-spamd-result') v = spamdResult(lang, field);
    else if (n === 'x-rspamd-action' && !names.has('x-spamd-result')) v = rspamdAction(lang, field);
    else if (n === 'x-gm-spam') v = gmailFlag(lang, field, 'spam');
    else if (n === 'x-gm-phishy') v = gmailFlag(lang, field, 'phishy');
    else if (n === 'x-spam-score' && !names.has('x-spam-status') && /^-?[\d.]+$/.test(field.value.trim())) {
      v = verdictOf(lang, field, 'generic', 'unknown', [item(lang, 'score', field.value.trim(), 'sa.score')], Number(field.value.trim()));
    } else if (n === 'x-mimecast-spam-score' && /^-?[\d.]+$/.test(field.value.trim())) {
      v = verdictOf(lang, field, 'mimecast', 'unknown', [item(lang, 'score', field.value.trim(), 'sa.score')], Number(field.value.trim()));
    }
    if (v) out.push(v);
  }
  return out;
}
