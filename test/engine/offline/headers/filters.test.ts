import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeFilters, filterText } from '../../../../electron/engine/offline/headers/filters.ts';
import { filterTexts } from '../../../../electron/engine/i18n/findings/headers.ts';
import { LANGS } from '../../../../electron/engine/i18n/index.ts';

const fields = (...pairs: [string, string][]) => pairs.map(([name, value], index) => ({ name, value, index }));

describe('filters', () => {
  describe('decodeFilters', () => {
    it('decodes X-Forefront-Antispam-Report fields into documented meanings', () => {
      const [v] = decodeFilters(
        fields([
          'X-Forefront-Antispam-Report',
          'CIP:2603:10a6:20b:1::5;CTRY:SE;LANG:sv;SCL:6;SRV:;IPV:NLI;SFV:SPM;H:mail.example.com;PTR:;CAT:HSPM;SFTY:9.25;DIR:INB;',
        ]),
        'en',
      );
      assert.equal(v?.verdict, 'high-confidence-spam');
      assert.equal(v?.score, 6);
      assert.equal(v?.items.find((i) => i.key === 'CIP')?.value, '2603:10a6:20b:1::5');
      assert.equal(v?.items.find((i) => i.key === 'PTR')?.meaning, 'The connecting IP address has no reverse DNS name');
      assert.equal(
        v?.items.find((i) => i.key === 'SFTY')?.meaning,
        'First contact safety tip: the recipient has not had mail from this sender before',
      );
      assert.equal(v?.items.find((i) => i.key === 'CAT')?.meaning, 'Category: high-confidence spam');
    });

    it('classes allow-listed, phishing, bulk and blocked Microsoft verdicts', () => {
      const verdict = (value: string): string | undefined =>
        decodeFilters(fields(['X-Forefront-Antispam-Report', value]), 'en')[0]?.verdict;
      assert.equal(verdict('SCL:-1;SFV:SKN;IPV:CAL;CAT:NONE;'), 'bypassed');
      assert.equal(verdict('SCL:1;SFV:NSPM;CAT:NONE;'), 'not-spam');
      assert.equal(verdict('SCL:9;SFV:SPM;CAT:PHSH;'), 'phish');
      assert.equal(verdict('SCL:5;SRV:BULK;SFV:SPM;CAT:BULK;'), 'spam');
      assert.equal(verdict('SCL:1;SRV:BULK;SFV:NSPM;CAT:BULK;'), 'bulk');
      assert.equal(verdict('SCL:6;SFV:BLK;'), 'blocked');
      assert.equal(verdict('SCL:1;CAT:MALW;'), 'malware');
    });

    it('reads the mailbox delivery folder, the organisation SCL and BCL', () => {
      const v = decodeFilters(
        fields(
          ['X-Microsoft-Antispam-Mailbox-Delivery', 'ucf:1;jmr:0;auth:0;dest:J;OFR:CustomRules;ENG:(910001)(944506478);'],
          ['X-MS-Exchange-Organization-SCL', '1'],
          ['X-Microsoft-Antispam', 'BCL:8;ARA:13230031;'],
        ),
        'sv',
      );
      assert.deepEqual(
        v.map((x) => x.verdict),
        ['junk-folder', 'not-spam', 'bulk'],
      );
      assert.equal(v[0]?.items.find((i) => i.key === 'OFR')?.meaning, 'En inkorgsregel hos mottagaren bestämde mappen');
      assert.equal(v[2]?.summary, 'Microsoft 365: massutskick (poäng 8, gräns 7)');
    });

    it('reads SpamAssassin, Amavis and Barracuda status lines', () => {
      const v = decodeFilters(
        fields(
          ['X-Spam-Status', 'Yes, score=7.1 required=5.0 tests=BAYES_99,URIBL_BLACK autolearn=no version=3.4.6'],
          ['X-Barracuda-Spam-Status', 'No, SCORE=0.00 using global scores of TAG_LEVEL=3.5 QUARANTINE_LEVEL=1000.0 KILL_LEVEL=8.0 tests='],
        ),
        'en',
      );
      assert.deepEqual(
        v.map((x) => [x.filter, x.verdict, x.score, x.threshold]),
        [
          ['spamassassin', 'spam', 7.1, 5],
          ['barracuda', 'not-spam', 0, 3.5],
        ],
      );
      assert.equal(v[0]?.summary, 'SpamAssassin: spam (score 7.1, limit 5)');
    });

    it('reads rspamd and Gmail flags, and ignores X-Spam-Flag when a status line exists', () => {
      const v = decodeFilters(
        fields(
          ['X-Rspamd-Action', 'no action'],
          ['X-Gm-Spam', '0'],
          ['X-Gm-Phishy', '1'],
          ['X-Spam-Flag', 'YES'],
          ['X-Spam-Status', 'Yes, score=9 required=5'],
        ),
        'nb',
      );
      assert.deepEqual(
        v.map((x) => `${x.filter}:${x.verdict}`),
        ['rspamd:not-spam', 'google:not-spam', 'google:phish', 'spamassassin:spam'],
      );
      assert.equal(v[2]?.items[0]?.meaning, 'Gmail mistenkte phishing');
    });
  });

  describe('filterTexts', () => {
    it('has every key in en, sv and nb with the same placeholders', () => {
      const placeholders = (s: string): string =>
        [...s.matchAll(/\{\{(\w+)\}\}/g)]
          .map((m) => m[1])
          .sort()
          .join(',');
      const keys = Object.keys(filterTexts.en).sort();
      for (const lang of LANGS) {
        assert.deepEqual(Object.keys(filterTexts[lang]).sort(), keys, `keys of ${lang}`);
        for (const key of keys) {
          assert.equal(placeholders(filterTexts[lang][key] ?? ''), placeholders(filterTexts.en[key] ?? ''), `${lang} ${key}`);
          assert.ok((filterTexts[lang][key] ?? '').length > 0, `${lang} ${key} is empty`);
        }
      }
      assert.equal(filterText('sv', 'ms.cip', { value: '192.0.2.1' }), 'Anslutande IP-adress: 192.0.2.1');
    });
  });
});
