import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { acceptDeepLink, createDeepLinkInbox, extractDeepLinks, protocolClientArgs } from '../../electron/main/deeplink-argv.ts';

const LINK = 'mailpath://case?from=kari%40firma.no&to=ola%40example.com&provider=Example';

describe('deeplink-argv', () => {
  describe('extractDeepLinks', () => {
    it('finds the link Windows passes as one argv element after Chromium switches', () => {
      const argv = [
        'C:\\Program Files\\Mailpath\\Mailpath.exe',
        '--allow-file-access-from-files',
        '--original-process-start-time=13370',
        LINK,
      ];
      assert.deepEqual(extractDeepLinks(argv), [LINK]);
    });

    it('finds the link in a development run and ignores --inspect and the app path', () => {
      assert.deepEqual(extractDeepLinks(['/usr/bin/electron', '--inspect=9229', '/home/u/mailpath', '--', LINK]), [LINK]);
    });

    it('strips quotes left by a launcher and accepts any letter case of the scheme', () => {
      assert.deepEqual(extractDeepLinks([`"${LINK}"`]), [LINK]);
      assert.deepEqual(extractDeepLinks(['MailPath://case?ref=1']), ['MailPath://case?ref=1']);
    });

    it('returns nothing when no argument is a mailpath link', () => {
      assert.deepEqual(
        extractDeepLinks(['/opt/Mailpath/mailpath', '--no-sandbox', 'https://example.com/', 'mailpathx://case', 'report.html', '']),
        [],
      );
    });

    it('keeps each link once, in order, and skips non-strings and over-long arguments', () => {
      const second = 'mailpath://case?ref=2';
      assert.deepEqual(extractDeepLinks([LINK, 7, second, LINK, `mailpath://case?x=${'a'.repeat(9000)}`]), [LINK, second]);
    });
  });

  describe('acceptDeepLink', () => {
    it('accepts what the engine parser accepts', () => {
      assert.equal(acceptDeepLink(LINK), LINK);
      assert.equal(acceptDeepLink('mailpath:case?ref=9'), 'mailpath:case?ref=9');
    });

    it('refuses other actions, other schemes and junk', () => {
      for (const raw of ['mailpath://delete?all=1', 'https://example.com/', 'mailpath://', 'not a url', '', 42, undefined]) {
        assert.equal(acceptDeepLink(raw), null, String(raw));
      }
    });
  });

  describe('createDeepLinkInbox', () => {
    it('keeps links that arrive before the page has loaded and sends them when it attaches', () => {
      const inbox = createDeepLinkInbox();
      assert.equal(inbox.receive(LINK), true);
      const sent: string[] = [];
      inbox.attach((url) => sent.push(url));
      assert.deepEqual(sent, [LINK]);
      assert.deepEqual(inbox.pending, []);
    });

    it('sends at once while attached and queues again after detach', () => {
      const inbox = createDeepLinkInbox();
      const sent: string[] = [];
      inbox.attach((url) => sent.push(url));
      inbox.receive('mailpath://case?ref=1');
      inbox.detach();
      inbox.receive('mailpath://case?ref=2');
      assert.deepEqual(sent, ['mailpath://case?ref=1']);
      assert.deepEqual(inbox.pending, ['mailpath://case?ref=2']);
    });

    it('drops links the parser refuses and keeps only the newest ones', () => {
      const inbox = createDeepLinkInbox(2);
      assert.equal(inbox.receive('mailpath://evil?x=1'), false);
      for (const ref of ['1', '2', '3']) inbox.receive(`mailpath://case?ref=${ref}`);
      assert.deepEqual(inbox.pending, ['mailpath://case?ref=2', 'mailpath://case?ref=3']);
    });
  });

  describe('protocolClientArgs', () => {
    it('registers the bare scheme for a packaged app', () => {
      assert.deepEqual(protocolClientArgs({ defaultApp: false, execPath: 'C:\\Mailpath\\Mailpath.exe', appPath: undefined }), {
        scheme: 'mailpath',
      });
    });

    it('passes Electron and the app folder in a development run', () => {
      assert.deepEqual(protocolClientArgs({ defaultApp: true, execPath: '/usr/bin/electron', appPath: '/home/u/mailpath' }), {
        scheme: 'mailpath',
        path: '/usr/bin/electron',
        args: ['/home/u/mailpath'],
      });
    });
  });
});
