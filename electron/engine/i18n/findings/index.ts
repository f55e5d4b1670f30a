import type { FindingCatalog } from '../index.ts';
import { catalog as caseCatalog } from './case.ts';
import { catalog as dns } from './dns.ts';
import { catalog as mx } from './mx.ts';
import { catalog as spf } from './spf.ts';
import { catalog as dkim } from './dkim.ts';
import { catalog as dmarc } from './dmarc.ts';
import { catalog as reputation } from './reputation.ts';
import { catalog as tls } from './tls.ts';
import { catalog as smtp } from './smtp.ts';
import { catalog as bounce } from './bounce.ts';
import { catalog as headers } from './headers.ts';
import { catalog as log } from './log.ts';
import { catalog as discover } from './discover.ts';
import { catalog as diagnose } from './diagnose.ts';
import { catalog as rdns } from './rdns.ts';
import { catalog as mtasts } from './mtasts.ts';
import { catalog as dane } from './dane.ts';
import { catalog as dnssec } from './dnssec.ts';
import { catalog as bimi } from './bimi.ts';

/** Every area's finding texts; each area owns its module. */
export const areaCatalogs: readonly FindingCatalog[] = [
  caseCatalog,
  dns,
  mx,
  spf,
  dkim,
  dmarc,
  reputation,
  tls,
  smtp,
  bounce,
  headers,
  log,
  discover,
  diagnose,
  rdns,
  mtasts,
  dane,
  dnssec,
  bimi,
];
