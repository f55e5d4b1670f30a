/**
 * Where each case field lives in the form (element id) and what it is called (label key), so
 * messages, the error summary and the link notice all name fields the same way.
 */
import type { TFunction } from 'i18next';
import type { CaseField } from '../../../electron/engine/model/case.ts';

const SIMPLE: Readonly<Record<string, { id: string; label: string }>> = {
  sender: { id: 'case-sender', label: 'case.sender.label' },
  recipients: { id: 'case-recipient-0', label: 'case.recipients.label' },
  sentAt: { id: 'case-sentAt', label: 'case.sentAt.label' },
  timeZone: { id: 'case-timeZone', label: 'case.timeZone.label' },
  symptom: { id: 'case-symptom-bounced', label: 'case.symptom.short' },
  notes: { id: 'case-notes', label: 'case.notes.label' },
  reference: { id: 'case-reference', label: 'case.reference.label' },
  'provider.name': { id: 'case-provider-name', label: 'case.provider.name.label' },
  'provider.supportAddress': { id: 'case-provider-supportAddress', label: 'case.provider.supportAddress.label' },
  'provider.mxPattern': { id: 'case-provider-mxPattern', label: 'case.provider.mxPattern.label' },
};

function rowIndex(field: string): number | undefined {
  const m = /^recipients\.(\d+)$/u.exec(field);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/** The id of the control that edits `field` (the first one, for a group). */
export function fieldId(field: CaseField | string): string {
  const row = rowIndex(field);
  if (row !== undefined) return `case-recipient-${row}`;
  return SIMPLE[field]?.id ?? `case-${field.replace(/\./gu, '-')}`;
}

/** The id of the element holding `field`'s error message. */
export function errorId(field: CaseField | string): string {
  // The group's message is not the first row's.
  if (field === 'recipients') return 'case-recipients-error';
  if (field === 'symptom') return 'case-symptom-error';
  return `${fieldId(field)}-error`;
}

/** What a person calls `field`, in the current language. */
export function fieldLabel(t: TFunction, field: CaseField | string): string {
  const row = rowIndex(field);
  if (row !== undefined) return t('case.recipients.row', { n: row + 1 });
  const key = SIMPLE[field]?.label;
  return key ? t(key) : field;
}
