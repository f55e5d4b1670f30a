/**
 * Where bounces, headers and logs come in: dropped on the zone, picked with the file dialog
 * (several at once), or pasted as text. Files are read as bytes (ArrayBuffer), never as text.
 */
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fileToItem, MAX_ITEM_BYTES, textToItem, type OfflineItem } from './items.ts';

export interface DropZoneProps {
  readonly onItems: (items: OfflineItem[]) => void;
  /** Says which files were too big or unreadable. */
  readonly onRefused: (names: string[]) => void;
  /** Number for the next pasted text's name ("Pasted text 2"). */
  readonly pasteNumber: number;
}

export function DropZone({ onItems, onRefused, pasteNumber }: DropZoneProps): ReactNode {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [text, setText] = useState('');

  const take = async (files: readonly File[]): Promise<void> => {
    const refused: string[] = [];
    const items: OfflineItem[] = [];
    for (const file of files) {
      if (file.size > MAX_ITEM_BYTES) {
        refused.push(file.name);
        continue;
      }
      try {
        items.push(await fileToItem(file));
      } catch {
        refused.push(file.name);
      }
    }
    if (refused.length > 0) onRefused(refused);
    if (items.length > 0) onItems(items);
  };

  return (
    <div className="intake">
      <div
        className={`drop-zone${dragging ? ' is-dragging' : ''}`}
        data-testid="drop-zone"
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void take([...e.dataTransfer.files]);
        }}
      >
        <p className="drop-title">{t('offline.drop.title')}</p>
        <p className="meta">{t('offline.drop.hint')}</p>
        <button type="button" className="button-secondary" onClick={() => input.current?.click()}>
          {t('offline.drop.choose')}
        </button>
        <input
          ref={input}
          id="offline-files"
          type="file"
          multiple
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('offline.drop.choose')}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void take(files);
          }}
        />
      </div>

      <form
        className="paste-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim() === '') return;
          onItems([textToItem(text, t('offline.paste.name', { n: pasteNumber }))]);
          setText('');
        }}
      >
        <label htmlFor="offline-paste" className="field-label">
          {t('offline.paste.label')}
        </label>
        <p id="offline-paste-hint" className="field-hint">
          {t('offline.paste.hint')}
        </p>
        <textarea
          id="offline-paste"
          rows={6}
          spellCheck={false}
          value={text}
          aria-describedby="offline-paste-hint"
          onChange={(e) => setText(e.target.value)}
        />
        <div>
          <button type="submit" className="button-primary" disabled={text.trim() === ''}>
            {t('offline.paste.analyse')}
          </button>
        </div>
      </form>
    </div>
  );
}
