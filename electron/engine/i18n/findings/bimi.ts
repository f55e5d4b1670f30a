import type { FindingCatalog } from '../index.ts';

/**
 * Texts of the `bimi` findings (electron/engine/checks/bimi.ts). Params: `domain`, `name` (the
 * `default._bimi` name), `orgDomain`, `logo`, `authority`, `record`, `records`, `count`, `detail`,
 * `policy` (effective DMARC policy), `pct`.
 */
export const catalog: FindingCatalog = {
  en: {
    'bimi.none': {
      title: '{{domain}} does not publish BIMI',
      explanation:
        'There is no BIMI record at default._bimi.{{domain}}, so mailboxes that support BIMI (Gmail, Yahoo, Apple Mail) show no brand logo next to its mail. BIMI is optional and does not affect delivery.',
    },
    'bimi.found': {
      title: 'BIMI logo published for {{domain}}',
      explanation:
        'The BIMI record at {{name}} points to the logo {{logo}} (certificate: {{authority}}). Mailboxes that support BIMI may show it for mail that passes DMARC.',
    },
    'bimi.inherited': {
      title: '{{domain}} uses the BIMI record of {{orgDomain}}',
      explanation:
        'There is no BIMI record for {{domain}} itself, so the one at {{name}} applies: logo {{logo}} (certificate: {{authority}}).',
    },
    'bimi.declined': {
      title: '{{domain}} declines BIMI',
      explanation: 'The record at {{name}} has empty l= and a= tags, which says the domain does not want a logo shown.',
    },
    'bimi.invalid': {
      title: 'The BIMI record of {{domain}} cannot be used',
      explanation: 'The record "{{record}}" at {{name}} has problems: {{detail}}. Mailboxes ignore it, so no logo is shown.',
      fix: 'Publish "v=BIMI1; l=https://…/logo.svg; a=https://…/certificate.pem" with an SVG Tiny PS logo and the mark certificate, both served over HTTPS.',
    },
    'bimi.multiple': {
      title: '{{count}} BIMI records at {{name}}',
      explanation: 'Several records start with v=BIMI1 ({{records}}); mailboxes then ignore BIMI for the domain.',
      fix: 'Keep one BIMI record at {{name}}.',
    },
    'bimi.no-vmc': {
      title: 'The BIMI record of {{domain}} has no mark certificate',
      explanation:
        'The record at {{name}} has no a= (Verified or Common Mark Certificate). Yahoo may show the logo without one, but Gmail and Apple Mail show BIMI logos only with a certificate.',
      fix: 'To have the logo shown in Gmail and Apple Mail, obtain a VMC or CMC for the logo and add a=https://…/certificate.pem to the record.',
    },
    'bimi.dmarc-not-enforced': {
      title: 'BIMI for {{domain}} needs an enforced DMARC policy',
      explanation:
        'Mailboxes show BIMI logos only when DMARC for the domain is at enforcement: p=quarantine or p=reject, with pct=100. The policy now is "{{policy}}" at pct={{pct}}, so the logo is not shown.',
      fix: 'Move DMARC to p=quarantine or p=reject (pct=100) once reports show that all legitimate mail passes.',
    },
  },
  sv: {
    'bimi.none': {
      title: '{{domain}} publicerar inte BIMI',
      explanation:
        'Det finns ingen BIMI-post på default._bimi.{{domain}}, så brevlådor som stöder BIMI (Gmail, Yahoo, Apple Mail) visar ingen varumärkeslogotyp bredvid domänens e-post. BIMI är frivilligt och påverkar inte leveransen.',
    },
    'bimi.found': {
      title: 'BIMI-logotyp publicerad för {{domain}}',
      explanation:
        'BIMI-posten på {{name}} pekar på logotypen {{logo}} (certifikat: {{authority}}). Brevlådor som stöder BIMI kan visa den för e-post som klarar DMARC.',
    },
    'bimi.inherited': {
      title: '{{domain}} använder BIMI-posten för {{orgDomain}}',
      explanation:
        'Det finns ingen BIMI-post för {{domain}} själv, så posten på {{name}} gäller: logotyp {{logo}} (certifikat: {{authority}}).',
    },
    'bimi.declined': {
      title: '{{domain}} avböjer BIMI',
      explanation: 'Posten på {{name}} har tomma l=- och a=-taggar, vilket betyder att domänen inte vill att någon logotyp visas.',
    },
    'bimi.invalid': {
      title: 'BIMI-posten för {{domain}} går inte att använda',
      explanation: 'Posten "{{record}}" på {{name}} har problem: {{detail}}. Brevlådorna bortser från den, så ingen logotyp visas.',
      fix: 'Publicera "v=BIMI1; l=https://…/logo.svg; a=https://…/certifikat.pem" med en logotyp i SVG Tiny PS och varumärkescertifikatet, båda via HTTPS.',
    },
    'bimi.multiple': {
      title: '{{count}} BIMI-poster på {{name}}',
      explanation: 'Flera poster börjar med v=BIMI1 ({{records}}); brevlådorna bortser då från BIMI för domänen.',
      fix: 'Behåll en BIMI-post på {{name}}.',
    },
    'bimi.no-vmc': {
      title: 'BIMI-posten för {{domain}} saknar varumärkescertifikat',
      explanation:
        'Posten på {{name}} har inget a= (Verified eller Common Mark Certificate). Yahoo kan visa logotypen utan, men Gmail och Apple Mail visar BIMI-logotyper bara med certifikat.',
      fix: 'För att logotypen ska visas i Gmail och Apple Mail, skaffa ett VMC eller CMC för logotypen och lägg till a=https://…/certifikat.pem i posten.',
    },
    'bimi.dmarc-not-enforced': {
      title: 'BIMI för {{domain}} kräver en tillämpad DMARC-policy',
      explanation:
        'Brevlådor visar BIMI-logotyper bara när DMARC för domänen tillämpas: p=quarantine eller p=reject, med pct=100. Policyn är nu "{{policy}}" med pct={{pct}}, så logotypen visas inte.',
      fix: 'Gå över till p=quarantine eller p=reject (pct=100) i DMARC när rapporterna visar att all legitim e-post klarar DMARC.',
    },
  },
  nb: {
    'bimi.none': {
      title: '{{domain}} publiserer ikke BIMI',
      explanation:
        'Det finnes ingen BIMI-oppføring på default._bimi.{{domain}}, så postkasser som støtter BIMI (Gmail, Yahoo, Apple Mail), viser ingen merkelogo ved siden av e-posten fra domenet. BIMI er frivillig og påvirker ikke leveransen.',
    },
    'bimi.found': {
      title: 'BIMI-logo publisert for {{domain}}',
      explanation:
        'BIMI-oppføringen på {{name}} peker på logoen {{logo}} (sertifikat: {{authority}}). Postkasser som støtter BIMI, kan vise den for e-post som består DMARC.',
    },
    'bimi.inherited': {
      title: '{{domain}} bruker BIMI-oppføringen til {{orgDomain}}',
      explanation:
        'Det finnes ingen BIMI-oppføring for {{domain}} selv, så oppføringen på {{name}} gjelder: logo {{logo}} (sertifikat: {{authority}}).',
    },
    'bimi.declined': {
      title: '{{domain}} avslår BIMI',
      explanation: 'Oppføringen på {{name}} har tomme l=- og a=-tagger, som betyr at domenet ikke vil ha noen logo vist.',
    },
    'bimi.invalid': {
      title: 'BIMI-oppføringen for {{domain}} kan ikke brukes',
      explanation: 'Oppføringen «{{record}}» på {{name}} har problemer: {{detail}}. Postkassene ser bort fra den, så ingen logo vises.',
      fix: 'Publiser «v=BIMI1; l=https://…/logo.svg; a=https://…/sertifikat.pem» med en logo i SVG Tiny PS og varemerkesertifikatet, begge via HTTPS.',
    },
    'bimi.multiple': {
      title: '{{count}} BIMI-oppføringer på {{name}}',
      explanation: 'Flere oppføringer begynner med v=BIMI1 ({{records}}); postkassene ser da bort fra BIMI for domenet.',
      fix: 'Behold én BIMI-oppføring på {{name}}.',
    },
    'bimi.no-vmc': {
      title: 'BIMI-oppføringen for {{domain}} mangler varemerkesertifikat',
      explanation:
        'Oppføringen på {{name}} har ingen a= (Verified eller Common Mark Certificate). Yahoo kan vise logoen uten, men Gmail og Apple Mail viser BIMI-logoer bare med sertifikat.',
      fix: 'For at logoen skal vises i Gmail og Apple Mail, skaff et VMC eller CMC for logoen og legg til a=https://…/sertifikat.pem i oppføringen.',
    },
    'bimi.dmarc-not-enforced': {
      title: 'BIMI for {{domain}} krever en håndhevet DMARC-policy',
      explanation:
        'Postkasser viser BIMI-logoer bare når DMARC for domenet håndheves: p=quarantine eller p=reject, med pct=100. Policyen er nå «{{policy}}» med pct={{pct}}, så logoen vises ikke.',
      fix: 'Gå over til p=quarantine eller p=reject (pct=100) i DMARC når rapportene viser at all legitim e-post består DMARC.',
    },
  },
};
