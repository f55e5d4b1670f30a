/**
 * mbox splitting (RFC 4155): messages start at lines beginning with "From " after an empty line
 * (or at the start of the file). ">From " quoting of mboxrd is undone. Input that does not start
 * with a "From " line is one message.
 */

const FROM_LINE =
  /^From \S+\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d \d{4}/;

/** The messages of an mbox, each as text with LF line ends. */
export function splitMbox(input: string | Uint8Array): string[] {
  const text = (typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input)).replace(/\r\n?/g, '\n');
  if (!/^From \S/.test(text)) return text.trim() === '' ? [] : [text];
  const out: string[] = [];
  let current: string[] = [];
  let previousEmpty = true;
  for (const line of text.split('\n')) {
    // A From_ line carrying its date starts a message even without the blank line before it
    // (mbox writers that skip it exist; Sisimai splits there too).
    if ((previousEmpty && /^From \S/.test(line)) || FROM_LINE.test(line)) {
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
