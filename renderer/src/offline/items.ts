/**
 * Items handed to the offline step: files (dropped or picked, several at once) and pasted text.
 * Files are read as bytes and sent in base64, never decoded here, so a message in ISO-8859-1 or a
 * gzip log reaches the engine exactly as it was.
 */
import { newRequestId } from '../findings/run.ts';
import { detectKind, type OfflineKind } from './detect.ts';

export interface OfflineItem {
  readonly id: string;
  /** The file name, or a made-up name for pasted text. */
  readonly name: string;
  readonly size: number;
  readonly base64: string;
  /** What `detectKind` guessed. */
  readonly detected: OfflineKind;
  /** What it is read as (the guess unless the consultant chose otherwise). */
  readonly kind: OfflineKind;
  readonly source: 'file' | 'paste';
  /** Where its result is stored in the case, once analysed. */
  readonly resultKey?: string;
}

/** Largest file taken (the bridge accepts 64 MiB per call; base64 adds a third). */
export const MAX_ITEM_BYTES = 45 * 1024 * 1024;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) binary += String.fromCharCode(...bytes.subarray(i, i + step));
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
  return out;
}

export function bytesToItem(bytes: Uint8Array, name: string, source: OfflineItem['source']): OfflineItem {
  const detected = detectKind(bytes, name);
  return { id: newRequestId(), name, size: bytes.length, base64: toBase64(bytes), detected, kind: detected, source };
}

export async function fileToItem(file: File): Promise<OfflineItem> {
  return bytesToItem(new Uint8Array(await file.arrayBuffer()), file.name, 'file');
}

/** Pasted text is sent as its UTF-8 bytes, like a file saved from the clipboard. */
export function textToItem(text: string, name: string): OfflineItem {
  return bytesToItem(new TextEncoder().encode(text), name, 'paste');
}
