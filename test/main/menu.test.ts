import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_OPEN_FILE_BYTES, menuTemplate, openDialogOptions, openFileProblem } from '../../electron/main/menu.ts';

/** Electron's MenuItemConstructorOptions, named without importing electron in a test. */
type MenuItemConstructorOptions = ReturnType<typeof menuTemplate>[number];

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  assert.ok(item && Array.isArray(item.submenu), 'expected a submenu');
  return item.submenu as MenuItemConstructorOptions[];
}

describe('menu', () => {
  describe('menuTemplate', () => {
    it('starts with File › Open… (Ctrl+O) on Windows and Linux, which calls onOpen', () => {
      let opened = 0;
      const template = menuTemplate({ platform: 'win32', appName: 'Mailpath', devTools: false, onOpen: () => (opened += 1) });
      assert.equal(template[0]?.label, 'File');
      const open = submenu(template[0]).find((i) => i.id === 'file-open');
      assert.equal(open?.accelerator, 'CmdOrCtrl+O');
      assert.equal(open?.label, 'Open…');
      (open?.click as () => void)();
      assert.equal(opened, 1);
      assert.ok(submenu(template[0]).some((i) => i.role === 'quit'));
    });

    it('puts the app menu first on macOS and closes the window from File', () => {
      const template = menuTemplate({ platform: 'darwin', appName: 'Mailpath', devTools: false, onOpen: () => undefined });
      assert.equal(template[0]?.role, 'appMenu');
      assert.equal(template[1]?.label, 'File');
      assert.ok(submenu(template[1]).some((i) => i.role === 'close'));
    });

    it('has the usual Edit and Window roles, so copy and paste work', () => {
      const roles = menuTemplate({ platform: 'linux', appName: 'Mailpath', devTools: false, onOpen: () => undefined }).map((i) => i.role);
      assert.ok(roles.includes('editMenu'));
      assert.ok(roles.includes('windowMenu'));
    });

    it('offers reload and developer tools only in development runs', () => {
      const viewRoles = (devTools: boolean) =>
        submenu(
          menuTemplate({ platform: 'linux', appName: 'Mailpath', devTools, onOpen: () => undefined }).find((i) => i.label === 'View'),
        ).map((i) => i.role);
      assert.ok(!viewRoles(false).includes('toggleDevTools'));
      assert.ok(!viewRoles(false).includes('reload'));
      assert.ok(viewRoles(true).includes('toggleDevTools'));
    });
  });

  describe('openDialogOptions', () => {
    it('picks one file, offering Mailpath reports and cases first', () => {
      const options = openDialogOptions();
      assert.deepEqual(options.properties, ['openFile']);
      assert.deepEqual(options.filters?.[0]?.extensions, ['html', 'htm', 'json']);
    });
  });

  describe('openFileProblem', () => {
    it('accepts reports and cases of a sane size', () => {
      assert.equal(openFileProblem('/home/u/mailpath-report-42.html', 1000), null);
      assert.equal(openFileProblem('C:\\Users\\u\\case.JSON', 10), null);
    });

    it('refuses other files and files over 64 MiB', () => {
      assert.match(openFileProblem('/home/u/archive.zip', 10) ?? '', /not "/);
      assert.match(openFileProblem('/home/u/noext', 10) ?? '', /not "/);
      assert.match(openFileProblem('/home/u/huge.html', MAX_OPEN_FILE_BYTES + 1) ?? '', /64 MiB/);
    });
  });
});
