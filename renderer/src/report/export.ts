/**
 * Getting a rendered report out of the page: a download (a Blob behind `<a download>`, which the
 * browser bridge and Electron both handle), the clipboard, and printing — the path to a PDF in
 * the bridge. Printing happens in a sandboxed frame with no scripts: the report's HTML is parsed
 * with DOMParser (which never runs anything), its script elements dropped, and its stylesheet
 * applied as a constructed sheet (CSSOM), because the page's CSP (`style-src 'self'`) also binds the
 * frame and would refuse the inline `<style>`. The frame is never navigated (it stays
 * `about:blank`), so the app's navigation guards have nothing to refuse.
 */

export function downloadFile(content: string | Uint8Array<ArrayBuffer>, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download starts asynchronously and needs the URL until then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Copies plain text; falls back to a hidden text area where the Clipboard API is refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      // Deprecated, but the only way left when the permission is denied (an old WebView, a policy).
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

export const PRINT_FRAME_ID = 'report-print-frame';

const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/giu;

/**
 * The report's own CSS, and its HTML without the `<style>` elements. Taken out as text before
 * parsing: even DOMParser's inert document checks an inline `<style>` against the page's CSP and
 * logs a violation. (Everything from users is escaped in the report, so no `<style>` is theirs.)
 */
export function splitStyles(html: string): { css: string; rest: string } {
  const css: string[] = [];
  const rest = html.replace(STYLE, (_m, text: string) => {
    css.push(text);
    return '';
  });
  return { css: css.join('\n'), rest };
}

/**
 * Puts the report into the (reused) print frame and returns it, ready to print. Exported for
 * tests, which check what would be printed without opening the print dialog.
 */
export function preparePrintFrame(html: string): HTMLIFrameElement {
  document.getElementById(PRINT_FRAME_ID)?.remove();
  const frame = document.createElement('iframe');
  frame.id = PRINT_FRAME_ID;
  // Same origin so this page can fill and print it; no `allow-scripts`: nothing inside may run.
  frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.className = 'print-frame';
  document.body.append(frame);

  const { css, rest } = splitStyles(html);
  const parsed = new DOMParser().parseFromString(rest, 'text/html');
  parsed.querySelectorAll('script, style, meta[http-equiv], link, base').forEach((el) => el.remove());

  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!win || !doc) throw new Error('the print frame has no document');
  doc.documentElement.lang = parsed.documentElement.lang;
  doc.title = parsed.title;
  doc.body.replaceWith(doc.importNode(parsed.body, true));
  const FrameSheet = (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet;
  const sheet = new FrameSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [sheet];
  return frame;
}

export function printHtml(html: string): void {
  const frame = preparePrintFrame(html);
  frame.contentWindow?.focus();
  frame.contentWindow?.print();
}

/** Bytes from base64 (the PDF an operation returns). */
export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
