/**
 * mbox splitting (RFC 4155): messages start at lines beginning with "From " after an empty line
 * (or at the start of the file). ">From " quoting of mboxrd is undone. Input that does not start
 * with a "From " line is one message.
 */

/** The messages of an mbox, each as text with LF line ends. */
export function splitMbox(input: string | Uint8Array): string[] {
  const text = (typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input)).replace(/\r\n?/g, '\n');
  if (!/^From \S/.test(text)) return text.trim() === '' ? [] : [text];
  const out: string[] = [];
  let current: string[] = [];
  let previousEmpty = true;
  for (const line of text.split('\n')) {
    if (previousEmpty && /^From \S/.test(line)) {
      if (current.length > 0) out.push(current.join('\n'));
      current = [];
      previousEmpty = false;
      continue;
    }
    current.push(/^>+From /.test(line) ? line.slice(1) : line);
    previousEmpty = line === '';
  }
  if (current.join('').trim() !== '') out.push(current.join('\n'));
  return out.filter((m) => m.trim() !== '');
}
