/**
 * Every basic SMTP reply code of RFC 5321 §4.2 and the codes added by its extensions (RFC 1985
 * ETRN, RFC 2645 ATRN, RFC 3030, RFC 4954 AUTH, RFC 5248, RFC 7504), with who usually has to act.
 * Texts per language: `texts/reply-*.ts`.
 */
import type { WhoMustAct } from '../model/finding.ts';

export interface ReplyCodeEntry {
  readonly ref: string;
  readonly who: WhoMustAct;
}

const e = (ref: string, who: WhoMustAct): ReplyCodeEntry => ({ ref, who });

// prettier-ignore
export const REPLY_CODES: Readonly<Record<string, ReplyCodeEntry>> = {
  '211': e('RFC 5321', 'nobody'), '214': e('RFC 5321', 'nobody'), '220': e('RFC 5321', 'nobody'),
  '221': e('RFC 5321', 'nobody'), '235': e('RFC 4954', 'nobody'), '250': e('RFC 5321', 'nobody'),
  '251': e('RFC 5321', 'nobody'), '252': e('RFC 5321', 'nobody'), '253': e('RFC 1985', 'nobody'),
  '334': e('RFC 4954', 'nobody'), '354': e('RFC 5321', 'nobody'),
  '421': e('RFC 5321', 'recipient-provider'), '422': e('RFC 5248', 'sender-it'), '430': e('RFC 5248', 'sender-it'),
  '432': e('RFC 4954', 'sender-it'), '450': e('RFC 5321', 'recipient-provider'), '451': e('RFC 5321', 'recipient-provider'),
  '452': e('RFC 5321', 'recipient-provider'), '453': e('RFC 2645', 'nobody'), '454': e('RFC 4954', 'sender-it'),
  '455': e('RFC 5321', 'sender-it'), '458': e('RFC 1985', 'recipient-provider'), '459': e('RFC 1985', 'recipient-provider'),
  '500': e('RFC 5321', 'sender-it'), '501': e('RFC 5321', 'sender-it'), '502': e('RFC 5321', 'sender-it'),
  '503': e('RFC 5321', 'sender-it'), '504': e('RFC 5321', 'sender-it'), '521': e('RFC 7504', 'recipient-provider'),
  '523': e('RFC 5248', 'sender-it'), '524': e('RFC 5248', 'sender-it'), '525': e('RFC 5248', 'sender-it'),
  '530': e('RFC 4954', 'sender-it'), '533': e('RFC 5248', 'sender-it'), '534': e('RFC 4954', 'sender-it'),
  '535': e('RFC 4954', 'sender-it'), '538': e('RFC 4954', 'sender-it'), '550': e('RFC 5321', 'sender-it'),
  '551': e('RFC 5321', 'recipient'), '552': e('RFC 5321', 'recipient'), '553': e('RFC 5321', 'sender-it'),
  '554': e('RFC 5321', 'sender-it'), '555': e('RFC 5321', 'sender-it'), '556': e('RFC 7504', 'recipient-provider'),
};
