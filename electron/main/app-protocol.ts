/**
 * Maps a request for `app://mailpath/<path>` to a file under the built renderer (out/renderer),
 * with the security headers. Pure: main.ts reads the file and builds the Response. Anything that
 * could leave the renderer folder (`..`, encoded slashes, backslashes, drive letters, NUL) is
 * refused, as are other hosts, methods other than GET/HEAD, and hidden files.
 */
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin.ts';
import { hasControlOrSpace } from './external-url.ts';
import { securityHeaders } from './security.ts';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export type AppRequestResolution =
  | { readonly status: 200; readonly filePath: string; readonly headers: Record<string, string> }
  | { readonly status: 400 | 403 | 404 | 405; readonly headers: Record<string, string> };

function refuse(status: 400 | 403 | 404 | 405): AppRequestResolution {
  return { status, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' } };
}

/** Decoded path segments, or `null` when one could climb out or is not a plain name. */
function segmentsOf(pathname: string): string[] | null {
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || segment.startsWith('.')) return null;
    if (/[/\\:]/.test(segment) || hasControlOrSpace(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

/** Resolves one request of the app scheme against `rootDir` (the built renderer). */
export function resolveAppRequest(requestUrl: string, method: string, rootDir: string): AppRequestResolution {
  if (method !== 'GET' && method !== 'HEAD') return refuse(405);
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refuse(400);
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST || url.port !== '') return refuse(404);
  if (url.username !== '' || url.password !== '') return refuse(400);
  // Checked on the raw text as well: the URL parser already folds `..` and `%2e%2e`.
  if (/%2f|%5c|%00/i.test(url.pathname) || url.pathname.includes('\\')) return refuse(403);
  const segments = segmentsOf(url.pathname);
  if (segments === null) return refuse(403);
  const parts = segments.length === 0 ? ['index.html'] : segments;
  const filePath = join(rootDir, ...parts);
  const rel = relative(rootDir, filePath);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return refuse(403);
  return { status: 200, filePath, headers: { ...securityHeaders(), 'Content-Type': contentTypeFor(filePath) } };
}
