/**
 * PDF in the app: the report's own HTML printed by Chromium through `printToPDF`, in a hidden,
 * sandboxed window with JavaScript off (the report has no script; this makes sure nothing runs).
 * Type-checked only: loading Electron from Node is not possible in tests.
 */
import { BrowserWindow } from 'electron';
import { forPrint, type PdfRenderer } from '../engine/report/pdf.ts';

export function electronPdfRenderer(): PdfRenderer {
  return async (html) => {
    const win = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true },
    });
    try {
      await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(forPrint(html))}`);
      const pdf = await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
      return new Uint8Array(pdf);
    } finally {
      win.destroy();
    }
  };
}
