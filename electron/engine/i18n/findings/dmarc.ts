import type { FindingCatalog } from '../index.ts';

/**
 * Texts of the `dmarc` findings (electron/engine/checks/dmarc.ts). Params: `domain`, `name` (the
 * `_dmarc` name of the applying record), `orgDomain`, `policy`, `subdomainPolicy`, `pct`, `count`,
 * `records`, `record`, `detail`, `tag`, `value`, `expected`, `uri`, `destination`, `policyDomain`,
 * and for alignment `fromDomain`, `other` (MAIL FROM or d= domain), `mode` (relaxed/strict).
 */
export const catalog: FindingCatalog = {
  en: {
    'dmarc.record.found': {
      title: 'DMARC policy p={{policy}} for {{domain}}',
      explanation:
        'A valid DMARC record is published at {{name}}. Receivers apply the policy "{{policy}}" to {{pct}}% of the mail from {{domain}} that fails DMARC.',
    },
    'dmarc.record.inherited': {
      title: '{{domain}} inherits the DMARC policy of {{orgDomain}} ({{policy}})',
      explanation:
        'There is no DMARC record at _dmarc.{{domain}}, so receivers use the record of the organizational domain, {{name}} (RFC 7489 §6.6.3). For a subdomain its sp= applies, else its p=: here "{{policy}}".',
    },
    'dmarc.record.missing': {
      title: 'No DMARC record for {{domain}}',
      explanation:
        'Neither _dmarc.{{domain}} nor the organizational domain ({{orgDomain}}) publishes a DMARC record. Receivers apply no DMARC policy, anyone can send mail in the name of {{domain}} without consequence, and Gmail and Yahoo require DMARC from bulk senders since 2024.',
      fix: 'Publish a TXT record at _dmarc.{{domain}}, starting with "v=DMARC1; p=none; rua=mailto:<your report address>", read the reports, then tighten to quarantine or reject.',
    },
    'dmarc.record.multiple': {
      title: '{{count}} DMARC records at {{name}}',
      explanation:
        '{{name}} publishes {{count}} records starting with v=DMARC1 ({{records}}). RFC 7489 §6.6.3 says receivers then apply no DMARC policy at all, as if there were none.',
      fix: 'Merge them into one DMARC record at {{name}}.',
    },
    'dmarc.record.ignored': {
      title: 'A DMARC record at {{name}} is ignored',
      explanation:
        'The TXT record "{{record}}" at {{name}} looks like DMARC but does not start exactly with "v=DMARC1" (upper case, first tag), so receivers discard it (RFC 7489 §6.6.3).',
      fix: 'Rewrite the record so that it starts with "v=DMARC1;" followed by the other tags.',
    },
    'dmarc.syntax': {
      title: 'The DMARC record at {{name}} has syntax errors',
      explanation:
        'The record does not follow the DMARC syntax (RFC 7489 §6.4): {{detail}}. Receivers may read it differently than intended, or not at all.',
      fix: 'Write the record as "v=DMARC1; p=…; rua=mailto:…", tags separated by semicolons, each tag once.',
    },
    'dmarc.tag.invalid': {
      title: 'Invalid DMARC value {{tag}}={{value}}',
      explanation:
        'In the record at {{name}}, {{tag}}= has the value "{{value}}", but only {{expected}} is allowed. Receivers ignore the value and use the default, or discard the policy if it is p= or sp=.',
      fix: 'Set {{tag}}= to one of: {{expected}}.',
    },
    'dmarc.tag.unknown': {
      title: 'Unknown DMARC tag {{tag}}=',
      explanation:
        'The record at {{name}} contains the tag {{tag}}=, which DMARC does not define. Receivers ignore it; often it is a misspelling of a real tag.',
      fix: 'Remove {{tag}}= or correct its spelling.',
    },
    'dmarc.policy.missing': {
      title: 'The DMARC record at {{name}} has no valid policy',
      explanation:
        'The record has no valid p= tag (or an invalid sp=) and no valid report address, so receivers apply no DMARC processing to the mail (RFC 7489 §6.6.3).',
      fix: 'Add p=none, p=quarantine or p=reject to the record.',
    },
    'dmarc.policy.missing-none': {
      title: 'The DMARC record at {{name}} has no valid policy; receivers assume p=none',
      explanation:
        'The record has no valid p= tag (or an invalid sp=). Because it has a valid rua= address, receivers act as if it said p=none (RFC 7489 §6.6.3): they send reports but take no action against failing mail.',
      fix: 'Add an explicit policy: p=none while monitoring, then p=quarantine or p=reject.',
    },
    'dmarc.policy.none': {
      title: 'DMARC for {{domain}} only monitors (p=none)',
      explanation:
        'With p=none, receivers take no action against mail that fails DMARC: forged mail in the name of {{domain}} is delivered as usual. It is the right first step while reading reports, but it does not protect the domain, and some receivers treat it like no DMARC at all.',
      fix: 'When the reports show that all legitimate mail passes, change to p=quarantine and later p=reject.',
    },
    'dmarc.policy.pct': {
      title: 'The DMARC policy applies to only {{pct}}% of failing mail',
      explanation:
        'The record at {{name}} has pct={{pct}}: receivers apply "{{policy}}" to {{pct}}% of the mail that fails DMARC and treat the rest one step more leniently.',
      fix: 'Raise pct to 100 (or remove it) when the rollout is done.',
    },
    'dmarc.policy.subdomain-weaker': {
      title: 'Subdomains of {{domain}} have a weaker DMARC policy (sp={{subdomainPolicy}})',
      explanation:
        'The record at {{name}} protects {{domain}} with p={{policy}} but its subdomains only with sp={{subdomainPolicy}}, so forged mail from made-up subdomains is treated more leniently.',
      fix: 'Unless a subdomain sends mail that cannot pass DMARC, set sp= to the same policy as p= (or remove sp=).',
    },
    'dmarc.rua.missing': {
      title: 'No DMARC aggregate reports are requested',
      explanation:
        'The record at {{name}} has no rua= address, so nobody receives the daily reports that show who sends mail in the name of {{domain}} and whether it passes SPF and DKIM.',
      fix: 'Add rua=mailto:<address> pointing to a mailbox or a DMARC report service.',
    },
    'dmarc.uri.invalid': {
      title: 'Invalid report address in {{tag}}=: {{uri}}',
      explanation:
        'The {{tag}}= entry "{{uri}}" in the record at {{name}} is not a valid DMARC report URI ({{detail}}). No reports are sent there.',
      fix: 'Write report addresses as mailto: URIs, e.g. mailto:dmarc@{{domain}}, optionally with a size limit such as !10m.',
    },
    'dmarc.uri.not-mailto': {
      title: 'Report address {{uri}} is not a mailto: address',
      explanation:
        'DMARC allows other URI schemes in {{tag}}=, but receivers in practice send reports only by e-mail, so "{{uri}}" will receive nothing.',
      fix: 'Use a mailto: address for {{tag}}=.',
    },
    'dmarc.report.authorized': {
      title: '{{destination}} accepts DMARC reports for {{policyDomain}}',
      explanation:
        'Reports go to a domain outside your organization. It has published {{name}}, so receivers will send the reports there (RFC 7489 §7.1).',
    },
    'dmarc.report.unauthorized': {
      title: '{{destination}} has not agreed to receive DMARC reports for {{policyDomain}}',
      explanation:
        'The DMARC record sends reports to {{destination}}, which is outside your organization. Receivers first check that it accepts them by looking up {{name}} (RFC 7489 §7.1); that record is missing, so no reports are sent there.',
      fix: 'Ask the report service to publish a TXT record "v=DMARC1" at {{name}} (or a wildcard *._report._dmarc.{{destination}}), or use a report address in your own domain.',
    },
    'dmarc.alignment.spf-aligned': {
      title: 'MAIL FROM {{other}} is aligned with From {{fromDomain}} ({{mode}})',
      explanation:
        'If SPF passes for {{other}}, that pass counts for DMARC, because {{other}} matches {{fromDomain}} in {{mode}} alignment.',
    },
    'dmarc.alignment.spf-strict-only': {
      title: 'MAIL FROM {{other}} is not aligned with From {{fromDomain}} in strict mode',
      explanation:
        'The DMARC record demands strict SPF alignment (aspf=s): the MAIL FROM domain must be exactly {{fromDomain}}. {{other}} is in the same organization, so it would align in relaxed mode, but now an SPF pass for {{other}} does not count for DMARC.',
      fix: 'Remove aspf=s from the DMARC record (relaxed is the default), or send with a MAIL FROM in exactly {{fromDomain}}.',
    },
    'dmarc.alignment.spf-unaligned': {
      title: 'MAIL FROM {{other}} is not aligned with From {{fromDomain}}',
      explanation:
        '{{other}} belongs to another organization than {{fromDomain}}, so even if SPF passes for it, that pass does not count for DMARC. This is typical when a mail service uses its own bounce domain.',
      fix: 'Configure a custom MAIL FROM (return-path / bounce) domain under {{fromDomain}} in the sending service, or make sure DKIM aligns instead.',
    },
    'dmarc.alignment.dkim-aligned': {
      title: 'DKIM d={{other}} is aligned with From {{fromDomain}} ({{mode}})',
      explanation: 'A valid DKIM signature by {{other}} counts for DMARC, because {{other}} matches {{fromDomain}} in {{mode}} alignment.',
    },
    'dmarc.alignment.dkim-strict-only': {
      title: 'DKIM d={{other}} is not aligned with From {{fromDomain}} in strict mode',
      explanation:
        'The DMARC record demands strict DKIM alignment (adkim=s): d= must be exactly {{fromDomain}}. {{other}} is in the same organization and would align in relaxed mode, but now its signature does not count for DMARC.',
      fix: 'Remove adkim=s from the DMARC record, or sign with d={{fromDomain}}.',
    },
    'dmarc.alignment.dkim-unaligned': {
      title: 'DKIM d={{other}} is not aligned with From {{fromDomain}}',
      explanation:
        'The signature is made by {{other}}, another organization than {{fromDomain}}, so even a valid signature does not count for DMARC. This is typical when a mail service signs with its own domain.',
      fix: 'Set up DKIM signing with a key for {{fromDomain}} (custom DKIM domain) in the sending service.',
    },
    'dmarc.alignment.none': {
      title: 'Neither SPF nor DKIM is aligned with From {{fromDomain}}',
      explanation:
        'DMARC passes only if SPF or DKIM passes for a domain aligned with the From domain. None of the identifiers given aligns with {{fromDomain}}, so this mail fails DMARC whatever SPF and DKIM say, and the policy of {{fromDomain}} is applied to it.',
      fix: 'Make the sending service sign with DKIM for {{fromDomain}} (best: it survives forwarding), or use a MAIL FROM domain under {{fromDomain}}.',
    },
  },
  sv: {
    'dmarc.record.found': {
      title: 'DMARC-policy p={{policy}} för {{domain}}',
      explanation:
        'En giltig DMARC-post är publicerad på {{name}}. Mottagare tillämpar policyn "{{policy}}" på {{pct}} % av den e-post från {{domain}} som inte klarar DMARC.',
    },
    'dmarc.record.inherited': {
      title: '{{domain}} ärver DMARC-policyn från {{orgDomain}} ({{policy}})',
      explanation:
        'Det finns ingen DMARC-post på _dmarc.{{domain}}, så mottagare använder organisationsdomänens post, {{name}} (RFC 7489 §6.6.3). För en underdomän gäller dess sp=, annars dess p=: här "{{policy}}".',
    },
    'dmarc.record.missing': {
      title: 'Ingen DMARC-post för {{domain}}',
      explanation:
        'Varken _dmarc.{{domain}} eller organisationsdomänen ({{orgDomain}}) publicerar någon DMARC-post. Mottagare tillämpar ingen DMARC-policy, vem som helst kan skicka e-post i {{domain}}:s namn utan följder, och Gmail och Yahoo kräver DMARC av massutskickare sedan 2024.',
      fix: 'Publicera en TXT-post på _dmarc.{{domain}}, till en början "v=DMARC1; p=none; rua=mailto:<er rapportadress>", läs rapporterna och skärp sedan till quarantine eller reject.',
    },
    'dmarc.record.multiple': {
      title: '{{count}} DMARC-poster på {{name}}',
      explanation:
        '{{name}} publicerar {{count}} poster som börjar med v=DMARC1 ({{records}}). Enligt RFC 7489 §6.6.3 tillämpar mottagarna då ingen DMARC-policy alls, som om ingen fanns.',
      fix: 'Slå ihop dem till en enda DMARC-post på {{name}}.',
    },
    'dmarc.record.ignored': {
      title: 'En DMARC-post på {{name}} ignoreras',
      explanation:
        'TXT-posten "{{record}}" på {{name}} ser ut som DMARC men börjar inte exakt med "v=DMARC1" (versaler, första taggen), så mottagarna kastar den (RFC 7489 §6.6.3).',
      fix: 'Skriv om posten så att den börjar med "v=DMARC1;" följt av de andra taggarna.',
    },
    'dmarc.syntax': {
      title: 'DMARC-posten på {{name}} har syntaxfel',
      explanation:
        'Posten följer inte DMARC-syntaxen (RFC 7489 §6.4): {{detail}}. Mottagare kan tolka den annorlunda än avsett, eller inte alls.',
      fix: 'Skriv posten som "v=DMARC1; p=…; rua=mailto:…", med taggarna åtskilda av semikolon och varje tagg en gång.',
    },
    'dmarc.tag.invalid': {
      title: 'Ogiltigt DMARC-värde {{tag}}={{value}}',
      explanation:
        'I posten på {{name}} har {{tag}}= värdet "{{value}}", men bara {{expected}} är tillåtet. Mottagare bortser från värdet och använder standardvärdet, eller kastar policyn om det gäller p= eller sp=.',
      fix: 'Sätt {{tag}}= till något av: {{expected}}.',
    },
    'dmarc.tag.unknown': {
      title: 'Okänd DMARC-tagg {{tag}}=',
      explanation:
        'Posten på {{name}} innehåller taggen {{tag}}=, som DMARC inte definierar. Mottagare bortser från den; ofta är det en felstavning av en riktig tagg.',
      fix: 'Ta bort {{tag}}= eller rätta stavningen.',
    },
    'dmarc.policy.missing': {
      title: 'DMARC-posten på {{name}} har ingen giltig policy',
      explanation:
        'Posten saknar giltig p=-tagg (eller har ett ogiltigt sp=) och har ingen giltig rapportadress, så mottagarna gör ingen DMARC-hantering av e-posten (RFC 7489 §6.6.3).',
      fix: 'Lägg till p=none, p=quarantine eller p=reject i posten.',
    },
    'dmarc.policy.missing-none': {
      title: 'DMARC-posten på {{name}} saknar giltig policy; mottagarna antar p=none',
      explanation:
        'Posten saknar giltig p=-tagg (eller har ett ogiltigt sp=). Eftersom den har en giltig rua=-adress gör mottagarna som om det stod p=none (RFC 7489 §6.6.3): de skickar rapporter men vidtar inga åtgärder mot e-post som inte klarar DMARC.',
      fix: 'Ange en uttrycklig policy: p=none medan ni övervakar, sedan p=quarantine eller p=reject.',
    },
    'dmarc.policy.none': {
      title: 'DMARC för {{domain}} övervakar bara (p=none)',
      explanation:
        'Med p=none vidtar mottagarna inga åtgärder mot e-post som inte klarar DMARC: förfalskad e-post i {{domain}}:s namn levereras som vanligt. Det är rätt första steg medan man läser rapporterna, men det skyddar inte domänen, och vissa mottagare behandlar det som om DMARC saknades.',
      fix: 'När rapporterna visar att all legitim e-post klarar DMARC, byt till p=quarantine och senare p=reject.',
    },
    'dmarc.policy.pct': {
      title: 'DMARC-policyn gäller bara {{pct}} % av den e-post som fallerar',
      explanation:
        'Posten på {{name}} har pct={{pct}}: mottagarna tillämpar "{{policy}}" på {{pct}} % av den e-post som inte klarar DMARC och behandlar resten ett steg mildare.',
      fix: 'Höj pct till 100 (eller ta bort taggen) när införandet är klart.',
    },
    'dmarc.policy.subdomain-weaker': {
      title: 'Underdomäner till {{domain}} har en svagare DMARC-policy (sp={{subdomainPolicy}})',
      explanation:
        'Posten på {{name}} skyddar {{domain}} med p={{policy}} men underdomänerna bara med sp={{subdomainPolicy}}, så förfalskad e-post från påhittade underdomäner behandlas mildare.',
      fix: 'Om ingen underdomän skickar e-post som inte kan klara DMARC, sätt sp= till samma policy som p= (eller ta bort sp=).',
    },
    'dmarc.rua.missing': {
      title: 'Inga DMARC-sammanställningsrapporter begärs',
      explanation:
        'Posten på {{name}} har ingen rua=-adress, så ingen får de dagliga rapporter som visar vem som skickar e-post i {{domain}}:s namn och om den klarar SPF och DKIM.',
      fix: 'Lägg till rua=mailto:<adress> som pekar på en brevlåda eller en tjänst för DMARC-rapporter.',
    },
    'dmarc.uri.invalid': {
      title: 'Ogiltig rapportadress i {{tag}}=: {{uri}}',
      explanation: 'Posten "{{uri}}" i {{tag}}= på {{name}} är ingen giltig DMARC-rapport-URI ({{detail}}). Inga rapporter skickas dit.',
      fix: 'Skriv rapportadresser som mailto:-URI:er, till exempel mailto:dmarc@{{domain}}, gärna med en storleksgräns som !10m.',
    },
    'dmarc.uri.not-mailto': {
      title: 'Rapportadressen {{uri}} är ingen mailto:-adress',
      explanation:
        'DMARC tillåter andra URI-scheman i {{tag}}=, men i praktiken skickar mottagarna rapporter bara med e-post, så "{{uri}}" kommer inte att få något.',
      fix: 'Använd en mailto:-adress för {{tag}}=.',
    },
    'dmarc.report.authorized': {
      title: '{{destination}} tar emot DMARC-rapporter för {{policyDomain}}',
      explanation:
        'Rapporterna går till en domän utanför er organisation. Den har publicerat {{name}}, så mottagarna skickar rapporterna dit (RFC 7489 §7.1).',
    },
    'dmarc.report.unauthorized': {
      title: '{{destination}} har inte godkänt att ta emot DMARC-rapporter för {{policyDomain}}',
      explanation:
        'DMARC-posten skickar rapporter till {{destination}}, som ligger utanför er organisation. Mottagarna kontrollerar först att den tar emot dem genom att slå upp {{name}} (RFC 7489 §7.1); den posten saknas, så inga rapporter skickas dit.',
      fix: 'Be rapporttjänsten publicera en TXT-post "v=DMARC1" på {{name}} (eller ett jokertecken *._report._dmarc.{{destination}}), eller använd en rapportadress i er egen domän.',
    },
    'dmarc.alignment.spf-aligned': {
      title: 'MAIL FROM {{other}} matchar From {{fromDomain}} ({{mode}})',
      explanation:
        'Om SPF godkänns för {{other}} räknas det för DMARC, eftersom {{other}} matchar {{fromDomain}} med matchningsläget {{mode}}.',
    },
    'dmarc.alignment.spf-strict-only': {
      title: 'MAIL FROM {{other}} matchar inte From {{fromDomain}} i strikt läge',
      explanation:
        'DMARC-posten kräver strikt SPF-matchning (aspf=s): MAIL FROM-domänen måste vara exakt {{fromDomain}}. {{other}} hör till samma organisation och skulle matcha i avslappnat läge, men nu räknas ett godkänt SPF för {{other}} inte för DMARC.',
      fix: 'Ta bort aspf=s från DMARC-posten (avslappnat läge är standard), eller skicka med en MAIL FROM i exakt {{fromDomain}}.',
    },
    'dmarc.alignment.spf-unaligned': {
      title: 'MAIL FROM {{other}} matchar inte From {{fromDomain}}',
      explanation:
        '{{other}} hör till en annan organisation än {{fromDomain}}, så även om SPF godkänns för den räknas det inte för DMARC. Det är typiskt när en e-posttjänst använder sin egen studsdomän.',
      fix: 'Ställ in en egen MAIL FROM-domän (return-path/bounce) under {{fromDomain}} i den sändande tjänsten, eller se till att DKIM matchar i stället.',
    },
    'dmarc.alignment.dkim-aligned': {
      title: 'DKIM d={{other}} matchar From {{fromDomain}} ({{mode}})',
      explanation:
        'En giltig DKIM-signatur från {{other}} räknas för DMARC, eftersom {{other}} matchar {{fromDomain}} med matchningsläget {{mode}}.',
    },
    'dmarc.alignment.dkim-strict-only': {
      title: 'DKIM d={{other}} matchar inte From {{fromDomain}} i strikt läge',
      explanation:
        'DMARC-posten kräver strikt DKIM-matchning (adkim=s): d= måste vara exakt {{fromDomain}}. {{other}} hör till samma organisation och skulle matcha i avslappnat läge, men nu räknas signaturen inte för DMARC.',
      fix: 'Ta bort adkim=s från DMARC-posten, eller signera med d={{fromDomain}}.',
    },
    'dmarc.alignment.dkim-unaligned': {
      title: 'DKIM d={{other}} matchar inte From {{fromDomain}}',
      explanation:
        'Signaturen är gjord av {{other}}, en annan organisation än {{fromDomain}}, så inte ens en giltig signatur räknas för DMARC. Det är typiskt när en e-posttjänst signerar med sin egen domän.',
      fix: 'Sätt upp DKIM-signering med en nyckel för {{fromDomain}} (egen DKIM-domän) i den sändande tjänsten.',
    },
    'dmarc.alignment.none': {
      title: 'Varken SPF eller DKIM matchar From {{fromDomain}}',
      explanation:
        'DMARC godkänns bara om SPF eller DKIM godkänns för en domän som matchar From-domänen. Ingen av de angivna identiteterna matchar {{fromDomain}}, så e-posten underkänns av DMARC oavsett vad SPF och DKIM säger, och {{fromDomain}}:s policy tillämpas.',
      fix: 'Låt den sändande tjänsten signera med DKIM för {{fromDomain}} (bäst: det överlever vidarebefordran), eller använd en MAIL FROM-domän under {{fromDomain}}.',
    },
  },
  nb: {
    'dmarc.record.found': {
      title: 'DMARC-policy p={{policy}} for {{domain}}',
      explanation:
        'En gyldig DMARC-oppføring er publisert på {{name}}. Mottakere bruker policyen «{{policy}}» på {{pct}} % av e-posten fra {{domain}} som ikke består DMARC.',
    },
    'dmarc.record.inherited': {
      title: '{{domain}} arver DMARC-policyen til {{orgDomain}} ({{policy}})',
      explanation:
        'Det finnes ingen DMARC-oppføring på _dmarc.{{domain}}, så mottakere bruker oppføringen til organisasjonsdomenet, {{name}} (RFC 7489 §6.6.3). For et underdomene gjelder sp=, ellers p=: her «{{policy}}».',
    },
    'dmarc.record.missing': {
      title: 'Ingen DMARC-oppføring for {{domain}}',
      explanation:
        'Verken _dmarc.{{domain}} eller organisasjonsdomenet ({{orgDomain}}) publiserer noen DMARC-oppføring. Mottakere bruker ingen DMARC-policy, hvem som helst kan sende e-post i navnet til {{domain}} uten følger, og Gmail og Yahoo krever DMARC av masseutsendere siden 2024.',
      fix: 'Publiser en TXT-oppføring på _dmarc.{{domain}}, til å begynne med «v=DMARC1; p=none; rua=mailto:<deres rapportadresse>», les rapportene og stram deretter inn til quarantine eller reject.',
    },
    'dmarc.record.multiple': {
      title: '{{count}} DMARC-oppføringer på {{name}}',
      explanation:
        '{{name}} publiserer {{count}} oppføringer som begynner med v=DMARC1 ({{records}}). Ifølge RFC 7489 §6.6.3 bruker mottakerne da ingen DMARC-policy i det hele tatt, som om det ikke fantes noen.',
      fix: 'Slå dem sammen til én DMARC-oppføring på {{name}}.',
    },
    'dmarc.record.ignored': {
      title: 'En DMARC-oppføring på {{name}} blir ignorert',
      explanation:
        'TXT-oppføringen «{{record}}» på {{name}} ligner på DMARC, men begynner ikke nøyaktig med «v=DMARC1» (store bokstaver, første tagg), så mottakerne forkaster den (RFC 7489 §6.6.3).',
      fix: 'Skriv om oppføringen slik at den begynner med «v=DMARC1;» etterfulgt av de andre taggene.',
    },
    'dmarc.syntax': {
      title: 'DMARC-oppføringen på {{name}} har syntaksfeil',
      explanation:
        'Oppføringen følger ikke DMARC-syntaksen (RFC 7489 §6.4): {{detail}}. Mottakere kan tolke den annerledes enn tiltenkt, eller ikke i det hele tatt.',
      fix: 'Skriv oppføringen som «v=DMARC1; p=…; rua=mailto:…», med taggene skilt med semikolon og hver tagg én gang.',
    },
    'dmarc.tag.invalid': {
      title: 'Ugyldig DMARC-verdi {{tag}}={{value}}',
      explanation:
        'I oppføringen på {{name}} har {{tag}}= verdien «{{value}}», men bare {{expected}} er tillatt. Mottakere ser bort fra verdien og bruker standardverdien, eller forkaster policyen hvis det gjelder p= eller sp=.',
      fix: 'Sett {{tag}}= til en av: {{expected}}.',
    },
    'dmarc.tag.unknown': {
      title: 'Ukjent DMARC-tagg {{tag}}=',
      explanation:
        'Oppføringen på {{name}} inneholder taggen {{tag}}=, som DMARC ikke definerer. Mottakere ser bort fra den; ofte er det en feilstaving av en ekte tagg.',
      fix: 'Fjern {{tag}}= eller rett stavemåten.',
    },
    'dmarc.policy.missing': {
      title: 'DMARC-oppføringen på {{name}} har ingen gyldig policy',
      explanation:
        'Oppføringen mangler en gyldig p=-tagg (eller har en ugyldig sp=) og har ingen gyldig rapportadresse, så mottakerne gjør ingen DMARC-behandling av e-posten (RFC 7489 §6.6.3).',
      fix: 'Legg til p=none, p=quarantine eller p=reject i oppføringen.',
    },
    'dmarc.policy.missing-none': {
      title: 'DMARC-oppføringen på {{name}} mangler gyldig policy; mottakerne antar p=none',
      explanation:
        'Oppføringen mangler en gyldig p=-tagg (eller har en ugyldig sp=). Fordi den har en gyldig rua=-adresse, gjør mottakerne som om det sto p=none (RFC 7489 §6.6.3): de sender rapporter, men gjør ingenting med e-post som ikke består DMARC.',
      fix: 'Angi en uttrykkelig policy: p=none mens dere overvåker, deretter p=quarantine eller p=reject.',
    },
    'dmarc.policy.none': {
      title: 'DMARC for {{domain}} bare overvåker (p=none)',
      explanation:
        'Med p=none gjør mottakerne ingenting med e-post som ikke består DMARC: forfalsket e-post i navnet til {{domain}} leveres som vanlig. Det er riktig første steg mens man leser rapportene, men det beskytter ikke domenet, og noen mottakere behandler det som om DMARC manglet.',
      fix: 'Når rapportene viser at all legitim e-post består DMARC, bytt til p=quarantine og senere p=reject.',
    },
    'dmarc.policy.pct': {
      title: 'DMARC-policyen gjelder bare {{pct}} % av e-posten som feiler',
      explanation:
        'Oppføringen på {{name}} har pct={{pct}}: mottakerne bruker «{{policy}}» på {{pct}} % av e-posten som ikke består DMARC, og behandler resten ett hakk mildere.',
      fix: 'Øk pct til 100 (eller fjern taggen) når innføringen er ferdig.',
    },
    'dmarc.policy.subdomain-weaker': {
      title: 'Underdomenene til {{domain}} har en svakere DMARC-policy (sp={{subdomainPolicy}})',
      explanation:
        'Oppføringen på {{name}} beskytter {{domain}} med p={{policy}}, men underdomenene bare med sp={{subdomainPolicy}}, så forfalsket e-post fra oppdiktede underdomener behandles mildere.',
      fix: 'Med mindre et underdomene sender e-post som ikke kan bestå DMARC, sett sp= til samme policy som p= (eller fjern sp=).',
    },
    'dmarc.rua.missing': {
      title: 'Ingen DMARC-samlerapporter er bestilt',
      explanation:
        'Oppføringen på {{name}} har ingen rua=-adresse, så ingen får de daglige rapportene som viser hvem som sender e-post i navnet til {{domain}}, og om den består SPF og DKIM.',
      fix: 'Legg til rua=mailto:<adresse> som peker på en postboks eller en tjeneste for DMARC-rapporter.',
    },
    'dmarc.uri.invalid': {
      title: 'Ugyldig rapportadresse i {{tag}}=: {{uri}}',
      explanation:
        'Oppføringen «{{uri}}» i {{tag}}= på {{name}} er ikke en gyldig DMARC-rapport-URI ({{detail}}). Ingen rapporter sendes dit.',
      fix: 'Skriv rapportadresser som mailto:-URI-er, for eksempel mailto:dmarc@{{domain}}, gjerne med en størrelsesgrense som !10m.',
    },
    'dmarc.uri.not-mailto': {
      title: 'Rapportadressen {{uri}} er ikke en mailto:-adresse',
      explanation:
        'DMARC tillater andre URI-skjemaer i {{tag}}=, men i praksis sender mottakerne rapporter bare med e-post, så «{{uri}}» kommer ikke til å få noe.',
      fix: 'Bruk en mailto:-adresse for {{tag}}=.',
    },
    'dmarc.report.authorized': {
      title: '{{destination}} tar imot DMARC-rapporter for {{policyDomain}}',
      explanation:
        'Rapportene går til et domene utenfor organisasjonen deres. Det har publisert {{name}}, så mottakerne sender rapportene dit (RFC 7489 §7.1).',
    },
    'dmarc.report.unauthorized': {
      title: '{{destination}} har ikke godtatt å ta imot DMARC-rapporter for {{policyDomain}}',
      explanation:
        'DMARC-oppføringen sender rapporter til {{destination}}, som ligger utenfor organisasjonen deres. Mottakerne sjekker først at domenet tar imot dem ved å slå opp {{name}} (RFC 7489 §7.1); den oppføringen mangler, så ingen rapporter sendes dit.',
      fix: 'Be rapporttjenesten publisere en TXT-oppføring «v=DMARC1» på {{name}} (eller et jokertegn *._report._dmarc.{{destination}}), eller bruk en rapportadresse i deres eget domene.',
    },
    'dmarc.alignment.spf-aligned': {
      title: 'MAIL FROM {{other}} samsvarer med From {{fromDomain}} ({{mode}})',
      explanation:
        'Hvis SPF består for {{other}}, teller det for DMARC, fordi {{other}} samsvarer med {{fromDomain}} i samsvarsmodusen {{mode}}.',
    },
    'dmarc.alignment.spf-strict-only': {
      title: 'MAIL FROM {{other}} samsvarer ikke med From {{fromDomain}} i streng modus',
      explanation:
        'DMARC-oppføringen krever streng SPF-samsvar (aspf=s): MAIL FROM-domenet må være nøyaktig {{fromDomain}}. {{other}} hører til samme organisasjon og ville samsvart i avslappet modus, men nå teller ikke en bestått SPF for {{other}} for DMARC.',
      fix: 'Fjern aspf=s fra DMARC-oppføringen (avslappet modus er standard), eller send med en MAIL FROM i nøyaktig {{fromDomain}}.',
    },
    'dmarc.alignment.spf-unaligned': {
      title: 'MAIL FROM {{other}} samsvarer ikke med From {{fromDomain}}',
      explanation:
        '{{other}} hører til en annen organisasjon enn {{fromDomain}}, så selv om SPF består for den, teller det ikke for DMARC. Det er typisk når en e-posttjeneste bruker sitt eget returdomene.',
      fix: 'Sett opp et eget MAIL FROM-domene (return-path/bounce) under {{fromDomain}} i tjenesten som sender, eller sørg for at DKIM samsvarer i stedet.',
    },
    'dmarc.alignment.dkim-aligned': {
      title: 'DKIM d={{other}} samsvarer med From {{fromDomain}} ({{mode}})',
      explanation:
        'En gyldig DKIM-signatur fra {{other}} teller for DMARC, fordi {{other}} samsvarer med {{fromDomain}} i samsvarsmodusen {{mode}}.',
    },
    'dmarc.alignment.dkim-strict-only': {
      title: 'DKIM d={{other}} samsvarer ikke med From {{fromDomain}} i streng modus',
      explanation:
        'DMARC-oppføringen krever streng DKIM-samsvar (adkim=s): d= må være nøyaktig {{fromDomain}}. {{other}} hører til samme organisasjon og ville samsvart i avslappet modus, men nå teller ikke signaturen for DMARC.',
      fix: 'Fjern adkim=s fra DMARC-oppføringen, eller signer med d={{fromDomain}}.',
    },
    'dmarc.alignment.dkim-unaligned': {
      title: 'DKIM d={{other}} samsvarer ikke med From {{fromDomain}}',
      explanation:
        'Signaturen er laget av {{other}}, en annen organisasjon enn {{fromDomain}}, så selv en gyldig signatur teller ikke for DMARC. Det er typisk når en e-posttjeneste signerer med sitt eget domene.',
      fix: 'Sett opp DKIM-signering med en nøkkel for {{fromDomain}} (eget DKIM-domene) i tjenesten som sender.',
    },
    'dmarc.alignment.none': {
      title: 'Verken SPF eller DKIM samsvarer med From {{fromDomain}}',
      explanation:
        'DMARC består bare hvis SPF eller DKIM består for et domene som samsvarer med From-domenet. Ingen av de oppgitte identitetene samsvarer med {{fromDomain}}, så e-posten feiler DMARC uansett hva SPF og DKIM sier, og policyen til {{fromDomain}} brukes.',
      fix: 'La tjenesten som sender, signere med DKIM for {{fromDomain}} (best: det overlever videresending), eller bruk et MAIL FROM-domene under {{fromDomain}}.',
    },
  },
};
