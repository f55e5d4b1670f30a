/**
 * Tokens of a Received field (RFC 5322 §3.6.7: `*received-token ";" date-time`): words, comments
 * (nested, with quoted pairs), quoted strings, angle addresses and address literals kept whole, and
 * the semicolons that separate the date. Unbalanced input never throws: an open comment runs to the end.
 */

export interface Token {
  readonly kind: 'word' | 'comment' | 'semi';
  /** For a comment, the text inside the outer parentheses. */
  readonly text: string;
}

export function tokenize(value: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let word = '';
  const flush = (): void => {
    if (word.length > 0) out.push({ kind: 'word', text: word });
    word = '';
  };
  while (i < value.length) {
    const c = value[i] ?? '';
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      flush();
      i++;
    } else if (c === ';') {
      flush();
      out.push({ kind: 'semi', text: ';' });
      i++;
    } else if (c === '(') {
      flush();
      let depth = 1;
      let text = '';
      i++;
      while (i < value.length && depth > 0) {
        const d = value[i] ?? '';
        if (d === '\\' && i + 1 < value.length) {
          text += value[i + 1];
          i += 2;
          continue;
        }
        if (d === '(') depth++;
        if (d === ')') depth--;
        if (depth > 0) text += d;
        i++;
      }
      out.push({ kind: 'comment', text: text.replace(/\s+/g, ' ').trim() });
    } else if (c === '"' || c === '<' || c === '[') {
      // Quoted strings, angle addresses and literals may hold spaces, `;` or `(`: keep them in the word.
      const close = c === '"' ? '"' : c === '<' ? '>' : ']';
      let j = i + 1;
      while (j < value.length && value[j] !== close) {
        if (c === '"' && value[j] === '\\') j++;
        j++;
      }
      word += value.slice(i, Math.min(j + 1, value.length));
      i = j + 1;
    } else {
      word += c;
      i++;
    }
  }
  flush();
  return out;
}

/** Text of tokens again, comments in parentheses. */
export function untokenize(tokens: readonly Token[]): string {
  return tokens
    .map((t) => (t.kind === 'comment' ? `(${t.text})` : t.text))
    .join(' ')
    .replace(/\s+;/g, ';')
    .trim();
}
