/**
 * The syslog line header shared by Postfix and Sendmail (and Exim when it logs to syslog):
 *   classic (RFC 3164 §4.1.2, also Postfix's own `maillog_file`):  `Dec 31 23:59:59 host prog[pid]: msg`
 *   RFC 3339 (rsyslog's file format, journald short-iso, newer `maillog_file`):
 *     `2025-12-31T23:59:59.123456+01:00 host prog[pid]: msg`
 * A `<PRI>` prefix (raw syslog) is tolerated. The tag may carry a path (`postfix/submission/smtpd`).
 */
import { fractionMs, monthNumber, stampFromParts, type YearTracker, type ZoneClock } from './clock.ts';

export interface SyslogLine {
  readonly at: number;
  readonly iso: string;
  readonly host: string;
  /** The program tag without the pid, e.g. `postfix/smtp`. */
  readonly tag: string;
  /** Text after `tag[pid]: `. */
  readonly msg: string;
}

const CLASSIC = /^(?:<\d{1,3}>)?([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))? (\S+) ([^\s[:]+)(?:\[\d+\])?: ?/u;
const ISO =
  /^(?:<\d{1,3}>1? ?)?(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(Z|[+-]\d{2}:?\d{2})? (\S+) ([^\s[:]+)(?:\[\d+\])?: ?/u;

export class SyslogHeader {
  private readonly clock: ZoneClock;
  readonly years: YearTracker;

  constructor(clock: ZoneClock, years: YearTracker) {
    this.clock = clock;
    this.years = years;
  }

  parse(line: string): SyslogLine | undefined {
    const c0 = line.charCodeAt(line.charCodeAt(0) === 60 ? line.indexOf('>') + 1 : 0);
    if (c0 >= 65 && c0 <= 90) {
      const m = CLASSIC.exec(line);
      if (!m) return undefined;
      const mo = monthNumber(m[1] as string);
      if (mo === undefined) return undefined;
      const y = this.years.yearFor(mo);
      const t = stampFromParts(this.clock, y, mo, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), fractionMs(m[6]), undefined);
      if (!t) return undefined;
      return { at: t.at, iso: t.iso, host: m[7] as string, tag: m[8] as string, msg: line.slice(m[0].length) };
    }
    if (c0 >= 48 && c0 <= 57) {
      const m = ISO.exec(line);
      if (!m) return undefined;
      const t = stampFromParts(
        this.clock,
        Number(m[1]),
        Number(m[2]),
        Number(m[3]),
        Number(m[4]),
        Number(m[5]),
        Number(m[6]),
        fractionMs(m[7]),
        m[8],
      );
      if (!t) return undefined;
      return { at: t.at, iso: t.iso, host: m[9] as string, tag: m[10] as string, msg: line.slice(m[0].length) };
    }
    return undefined;
  }
}
