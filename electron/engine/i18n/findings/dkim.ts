import type { FindingCatalog } from '../index.ts';

/**
 * Texts of the `dkim` findings (electron/engine/checks/dkim.ts). Params: `domain` (checked),
 * `selector`, `name` (`<selector>._domainkey.<domain>`), `signingDomain` (where the key lives),
 * `keyType`, `bits`, `detail`, `target` (CNAME chain), `count`, `selectors`, `hashes`, `services`,
 * `outcome` (NXDOMAIN/NODATA).
 */
export const catalog: FindingCatalog = {
  en: {
    'dkim.signature.same-organization': {
      title: 'The message is signed by {{signingDomain}}, in the same organization as {{domain}}',
      explanation:
        'The DKIM-Signature says d={{signingDomain}} (selector {{selector}}), which shares its organizational domain with {{domain}}. The key is looked up there. DMARC accepts this signature in relaxed alignment (adkim=r, the default) but not in strict alignment (adkim=s).',
    },
    'dkim.key.ok': {
      title: 'DKIM key {{selector}} is a {{bits}}-bit {{keyType}} key',
      explanation:
        'The key published at {{name}} is well-formed and strong enough: verifiers can check signatures made with selector {{selector}}.',
    },
    'dkim.key.too-short': {
      title: 'DKIM key {{selector}} is too short ({{bits}} bits)',
      explanation:
        'The RSA key at {{name}} has only {{bits}} bits. RFC 8301 forbids keys under 1024 bits, and large receivers (Gmail, Microsoft, Yahoo) treat signatures made with them as invalid, so the mail counts as unsigned.',
      fix: 'Generate a new 2048-bit key pair in the mail system that signs for {{signingDomain}}, publish the public key under a new selector, switch signing to it, and remove the old record.',
    },
    'dkim.key.short': {
      title: 'DKIM key {{selector}} is only {{bits}} bits',
      explanation:
        'The RSA key at {{name}} has {{bits}} bits. That is still accepted, but RFC 8301 recommends 2048 bits, and 1024-bit keys are considered breakable with enough effort; some receivers already score them lower.',
      fix: 'Move to a 2048-bit key: publish it under a new selector, switch signing to it, then remove the old key.',
    },
    'dkim.key.testing': {
      title: 'DKIM key {{selector}} is in testing mode (t=y)',
      explanation:
        'The record at {{name}} carries t=y, which tells verifiers that {{signingDomain}} is only testing DKIM. RFC 6376 §3.6.1 says they must then treat its mail as if it were unsigned, so DKIM does nothing for DMARC or reputation.',
      fix: 'When signing works, remove t=y from the record.',
    },
    'dkim.key.strict': {
      title: 'DKIM key {{selector}} does not cover subdomains (t=s)',
      explanation:
        'The record at {{name}} carries t=s: a signature is valid only if its i= identity is exactly in {{signingDomain}}, not in a subdomain. That is fine unless some system signs with an i= in a subdomain.',
    },
    'dkim.key.revoked': {
      title: 'DKIM key {{selector}} is revoked (empty p=)',
      explanation:
        'The record at {{name}} has an empty p=, which means the key was withdrawn (RFC 6376 §3.6.1). Every signature made with selector {{selector}} fails. That is right for a retired selector, but wrong if mail is still signed with it.',
      fix: 'If mail is still signed with selector {{selector}}, publish the current public key there or switch the signing to a selector with a valid key.',
    },
    'dkim.key.syntax': {
      title: 'DKIM record {{selector}} has syntax errors',
      explanation:
        'The record at {{name}} does not follow the DKIM key syntax (RFC 6376 §3.6.1): {{detail}}. Verifiers may ignore the record, and signatures then fail.',
      fix: 'Publish the record exactly as the mail system generates it, for example "v=DKIM1; k=rsa; p=<key>", with each tag once and v=DKIM1 first.',
    },
    'dkim.key.invalid': {
      title: 'DKIM record {{selector}} holds no usable key',
      explanation:
        'The p= tag at {{name}} cannot be read as a {{keyType}} public key: {{detail}}. Signatures made with selector {{selector}} cannot be verified.',
      fix: 'Copy the public key again from the mail system (it is often cut off, or wrapped in quotes or line breaks when pasted into the DNS panel) and publish it in full.',
    },
    'dkim.key.unknown-type': {
      title: 'DKIM record {{selector}} uses an unknown key type ({{keyType}})',
      explanation:
        'The record at {{name}} says k={{keyType}}. DKIM defines only rsa and ed25519 (RFC 8463), so verifiers cannot use this key.',
      fix: 'Publish the key with k=rsa (or k=ed25519 for an Ed25519 key).',
    },
    'dkim.key.no-sha256': {
      title: 'DKIM key {{selector}} does not allow SHA-256 (h={{hashes}})',
      explanation:
        'The record at {{name}} restricts the hash algorithms to {{hashes}}. RFC 8301 requires rsa-sha256 and forbids rsa-sha1, so verifiers reject signatures made with this key either way.',
      fix: 'Remove the h= tag (or set h=sha256) and sign with rsa-sha256.',
    },
    'dkim.key.service': {
      title: 'DKIM key {{selector}} is not for e-mail (s={{services}})',
      explanation:
        'The record at {{name}} limits the key to the service type(s) {{services}}, so verifiers must not use it for e-mail signatures (RFC 6376 §3.6.1).',
      fix: 'Remove the s= tag, or include "email" in it.',
    },
    'dkim.key.cname': {
      title: 'DKIM selector {{selector}} is delegated to {{target}}',
      explanation:
        '{{name}} is a CNAME to {{target}}, so the key is managed by whoever runs that name — usually the mail or marketing provider, which can then rotate the key without DNS changes. The key found there is checked below.',
    },
    'dkim.key.multiple': {
      title: 'Selector {{selector}} has {{count}} TXT records',
      explanation:
        '{{name}} returns {{count}} TXT records. A selector must hold one key; with several, verifiers pick one at random or fail, so signatures fail some of the time.',
      fix: 'Keep exactly one key record at {{name}}; publish a new key under a new selector instead.',
    },
    'dkim.key.pkcs1': {
      title: 'DKIM key {{selector}} is in the wrong key format',
      explanation:
        'The p= tag at {{name}} holds a bare RSAPublicKey (PKCS#1) instead of the SubjectPublicKeyInfo form RFC 6376 §3.6.1 requires. Some verifiers accept it, others reject it, so signatures fail with some receivers.',
      fix: 'Publish the key in SubjectPublicKeyInfo form (the base64 of "openssl rsa -pubout", starting with MIIB… for 2048 bits).',
    },
    'dkim.key.ed25519': {
      title: 'DKIM key {{selector}} is an Ed25519 key',
      explanation:
        'Ed25519 keys (RFC 8463) are valid but not yet supported by every verifier. Mail signed only with Ed25519 counts as unsigned at those receivers.',
      fix: 'Sign each message with an RSA key as well (two DKIM signatures), as RFC 8463 recommends.',
    },
    'dkim.selector.missing': {
      title: 'No DKIM key for selector {{selector}}',
      explanation:
        'No key record exists at {{name}} ({{outcome}}). Every signature that names selector {{selector}} and domain {{signingDomain}} fails verification, so the mail counts as unsigned.',
      fix: 'Publish the public key for selector {{selector}} at {{name}} (copy it from the mail system that signs), or check that the selector name is spelled correctly.',
    },
    'dkim.selector.invalid': {
      title: '"{{selector}}" is not a valid DKIM selector',
      explanation:
        'A selector consists of DNS labels (letters, digits, hyphens, dots), so "{{selector}}" cannot name a key record. Nothing was looked up.',
      fix: 'Check the selector: it is the s= value of the DKIM-Signature header.',
    },
    'dkim.probe.found': {
      title: 'DKIM keys found for {{domain}}: {{selectors}}',
      explanation:
        "Without a known selector, Mailpath tried {{count}} common selectors and found key records for {{selectors}}. These are the keys someone published; whether mail is really signed with them shows only in a message's DKIM-Signature header.",
    },
    'dkim.probe.none': {
      title: 'No DKIM key found under common selectors for {{domain}}',
      explanation:
        'None of the {{count}} common selectors ({{selectors}}) has a key record. This does not prove that {{domain}} does not sign: a selector can be any name. But without DKIM, mail relies on SPF alone, and DMARC fails as soon as mail is forwarded.',
      fix: 'Paste a DKIM-Signature header from a message sent by {{domain}} (its s= names the selector), or enable DKIM signing in the mail system and publish its key.',
    },
    'dkim.signature.unparsable': {
      title: 'The pasted DKIM-Signature could not be read',
      explanation: 'Mailpath could not find the signing domain and selector in the pasted header: {{detail}}.',
      fix: 'Paste the whole DKIM-Signature header field, including its continuation lines.',
    },
    'dkim.signature.other-domain': {
      title: 'The message is signed by {{signingDomain}}, not {{domain}}',
      explanation:
        "The DKIM-Signature says d={{signingDomain}} (selector {{selector}}). The key is looked up there. DMARC counts a DKIM signature only when its d= is the From domain or shares its organizational domain, so a signature by another domain (typically the mail provider's) does not help DMARC for {{domain}}.",
      fix: "Set up DKIM signing with the domain's own key in the sending service (custom DKIM domain), so that d= is {{domain}}.",
    },
    'dkim.signature.sha1': {
      title: 'The message is signed with rsa-sha1',
      explanation:
        'The DKIM-Signature by {{signingDomain}} (selector {{selector}}) uses rsa-sha1, which RFC 8301 forbids. Verifiers treat such signatures as invalid.',
      fix: 'Configure the signing system to use rsa-sha256.',
    },
  },
  sv: {
    'dkim.signature.same-organization': {
      title: 'Meddelandet är signerat av {{signingDomain}}, i samma organisation som {{domain}}',
      explanation:
        'DKIM-signaturen anger d={{signingDomain}} (selektor {{selector}}), som har samma organisationsdomän som {{domain}}. Nyckeln slås upp där. DMARC godtar signaturen med avslappnad matchning (adkim=r, standard) men inte med strikt matchning (adkim=s).',
    },
    'dkim.key.ok': {
      title: 'DKIM-nyckeln {{selector}} är en {{keyType}}-nyckel på {{bits}} bitar',
      explanation:
        'Nyckeln som är publicerad på {{name}} är korrekt utformad och tillräckligt stark: mottagare kan verifiera signaturer gjorda med selektorn {{selector}}.',
    },
    'dkim.key.too-short': {
      title: 'DKIM-nyckeln {{selector}} är för kort ({{bits}} bitar)',
      explanation:
        'RSA-nyckeln på {{name}} har bara {{bits}} bitar. RFC 8301 förbjuder nycklar under 1024 bitar, och stora mottagare (Gmail, Microsoft, Yahoo) betraktar signaturer med sådana nycklar som ogiltiga, så e-posten räknas som osignerad.',
      fix: 'Skapa ett nytt nyckelpar på 2048 bitar i e-postsystemet som signerar för {{signingDomain}}, publicera den publika nyckeln under en ny selektor, byt signering till den och ta bort den gamla posten.',
    },
    'dkim.key.short': {
      title: 'DKIM-nyckeln {{selector}} har bara {{bits}} bitar',
      explanation:
        'RSA-nyckeln på {{name}} har {{bits}} bitar. Det godtas fortfarande, men RFC 8301 rekommenderar 2048 bitar, och 1024-bitarsnycklar anses gå att knäcka med tillräcklig ansträngning; vissa mottagare ger dem redan sämre poäng.',
      fix: 'Gå över till en nyckel på 2048 bitar: publicera den under en ny selektor, byt signering till den och ta sedan bort den gamla nyckeln.',
    },
    'dkim.key.testing': {
      title: 'DKIM-nyckeln {{selector}} är i testläge (t=y)',
      explanation:
        'Posten på {{name}} har t=y, som talar om för mottagarna att {{signingDomain}} bara testar DKIM. Enligt RFC 6376 §3.6.1 ska de då behandla e-posten som osignerad, så DKIM gör ingen nytta för DMARC eller anseendet.',
      fix: 'Ta bort t=y från posten när signeringen fungerar.',
    },
    'dkim.key.strict': {
      title: 'DKIM-nyckeln {{selector}} gäller inte underdomäner (t=s)',
      explanation:
        'Posten på {{name}} har t=s: en signatur är bara giltig om dess i=-identitet ligger exakt i {{signingDomain}}, inte i en underdomän. Det är i sin ordning så länge inget system signerar med ett i= i en underdomän.',
    },
    'dkim.key.revoked': {
      title: 'DKIM-nyckeln {{selector}} är återkallad (tomt p=)',
      explanation:
        'Posten på {{name}} har ett tomt p=, vilket betyder att nyckeln har dragits tillbaka (RFC 6376 §3.6.1). Alla signaturer med selektorn {{selector}} misslyckas. Det är rätt för en selektor som tagits ur bruk, men fel om e-post fortfarande signeras med den.',
      fix: 'Om e-post fortfarande signeras med selektorn {{selector}}, publicera den aktuella publika nyckeln där eller byt signering till en selektor med giltig nyckel.',
    },
    'dkim.key.syntax': {
      title: 'DKIM-posten {{selector}} har syntaxfel',
      explanation:
        'Posten på {{name}} följer inte syntaxen för DKIM-nycklar (RFC 6376 §3.6.1): {{detail}}. Mottagare kan bortse från posten, och då misslyckas signaturerna.',
      fix: 'Publicera posten exakt som e-postsystemet genererar den, till exempel "v=DKIM1; k=rsa; p=<nyckel>", med varje tagg en gång och v=DKIM1 först.',
    },
    'dkim.key.invalid': {
      title: 'DKIM-posten {{selector}} innehåller ingen användbar nyckel',
      explanation:
        'Taggen p= på {{name}} går inte att läsa som en publik {{keyType}}-nyckel: {{detail}}. Signaturer med selektorn {{selector}} kan inte verifieras.',
      fix: 'Kopiera den publika nyckeln på nytt från e-postsystemet (den blir ofta avkortad, eller får citattecken eller radbrytningar när den klistras in i DNS-panelen) och publicera den i sin helhet.',
    },
    'dkim.key.unknown-type': {
      title: 'DKIM-posten {{selector}} har en okänd nyckeltyp ({{keyType}})',
      explanation:
        'Posten på {{name}} anger k={{keyType}}. DKIM definierar bara rsa och ed25519 (RFC 8463), så mottagarna kan inte använda nyckeln.',
      fix: 'Publicera nyckeln med k=rsa (eller k=ed25519 för en Ed25519-nyckel).',
    },
    'dkim.key.no-sha256': {
      title: 'DKIM-nyckeln {{selector}} tillåter inte SHA-256 (h={{hashes}})',
      explanation:
        'Posten på {{name}} begränsar hashalgoritmerna till {{hashes}}. RFC 8301 kräver rsa-sha256 och förbjuder rsa-sha1, så mottagarna underkänner signaturer med den här nyckeln oavsett vilket.',
      fix: 'Ta bort taggen h= (eller sätt h=sha256) och signera med rsa-sha256.',
    },
    'dkim.key.service': {
      title: 'DKIM-nyckeln {{selector}} är inte avsedd för e-post (s={{services}})',
      explanation:
        'Posten på {{name}} begränsar nyckeln till tjänstetypen/typerna {{services}}, så mottagare får inte använda den för e-postsignaturer (RFC 6376 §3.6.1).',
      fix: 'Ta bort taggen s=, eller ta med "email" i den.',
    },
    'dkim.key.cname': {
      title: 'DKIM-selektorn {{selector}} är delegerad till {{target}}',
      explanation:
        '{{name}} är en CNAME till {{target}}, så nyckeln förvaltas av den som driver det namnet – oftast e-post- eller marknadsföringsleverantören, som då kan byta nyckel utan DNS-ändringar. Nyckeln som finns där kontrolleras nedan.',
    },
    'dkim.key.multiple': {
      title: 'Selektorn {{selector}} har {{count}} TXT-poster',
      explanation:
        '{{name}} returnerar {{count}} TXT-poster. En selektor ska innehålla en enda nyckel; med flera väljer mottagarna en slumpvis eller misslyckas, så signaturerna fallerar ibland.',
      fix: 'Behåll exakt en nyckelpost på {{name}}; publicera en ny nyckel under en ny selektor i stället.',
    },
    'dkim.key.pkcs1': {
      title: 'DKIM-nyckeln {{selector}} har fel nyckelformat',
      explanation:
        'Taggen p= på {{name}} innehåller en naken RSAPublicKey (PKCS#1) i stället för formatet SubjectPublicKeyInfo som RFC 6376 §3.6.1 kräver. Vissa mottagare godtar den, andra inte, så signaturerna misslyckas hos en del mottagare.',
      fix: 'Publicera nyckeln i formatet SubjectPublicKeyInfo (base64 av "openssl rsa -pubout", som börjar med MIIB… för 2048 bitar).',
    },
    'dkim.key.ed25519': {
      title: 'DKIM-nyckeln {{selector}} är en Ed25519-nyckel',
      explanation:
        'Ed25519-nycklar (RFC 8463) är giltiga men stöds ännu inte av alla mottagare. E-post som bara är signerad med Ed25519 räknas som osignerad hos dem.',
      fix: 'Signera varje meddelande med en RSA-nyckel också (två DKIM-signaturer), som RFC 8463 rekommenderar.',
    },
    'dkim.selector.missing': {
      title: 'Ingen DKIM-nyckel för selektorn {{selector}}',
      explanation:
        'Det finns ingen nyckelpost på {{name}} ({{outcome}}). Alla signaturer som anger selektorn {{selector}} och domänen {{signingDomain}} underkänns, så e-posten räknas som osignerad.',
      fix: 'Publicera den publika nyckeln för selektorn {{selector}} på {{name}} (kopiera den från e-postsystemet som signerar), eller kontrollera att selektornamnet är rättstavat.',
    },
    'dkim.selector.invalid': {
      title: '"{{selector}}" är ingen giltig DKIM-selektor',
      explanation:
        'En selektor består av DNS-etiketter (bokstäver, siffror, bindestreck, punkter), så "{{selector}}" kan inte peka ut någon nyckelpost. Ingenting slogs upp.',
      fix: 'Kontrollera selektorn: det är värdet s= i DKIM-Signature-huvudet.',
    },
    'dkim.probe.found': {
      title: 'DKIM-nycklar hittades för {{domain}}: {{selectors}}',
      explanation:
        'Utan känd selektor provade Mailpath {{count}} vanliga selektorer och hittade nyckelposter för {{selectors}}. Det är nycklar som någon har publicerat; om e-posten verkligen signeras med dem syns bara i ett meddelandes DKIM-Signature-huvud.',
    },
    'dkim.probe.none': {
      title: 'Ingen DKIM-nyckel hittades under vanliga selektorer för {{domain}}',
      explanation:
        'Ingen av de {{count}} vanliga selektorerna ({{selectors}}) har någon nyckelpost. Det bevisar inte att {{domain}} inte signerar – en selektor kan heta vad som helst. Men utan DKIM vilar e-posten bara på SPF, och DMARC fallerar så fort e-post vidarebefordras.',
      fix: 'Klistra in ett DKIM-Signature-huvud från ett meddelande som skickats från {{domain}} (dess s= anger selektorn), eller slå på DKIM-signering i e-postsystemet och publicera nyckeln.',
    },
    'dkim.signature.unparsable': {
      title: 'Den inklistrade DKIM-signaturen gick inte att läsa',
      explanation: 'Mailpath hittade inte signeringsdomänen och selektorn i det inklistrade huvudet: {{detail}}.',
      fix: 'Klistra in hela huvudfältet DKIM-Signature, inklusive fortsättningsraderna.',
    },
    'dkim.signature.other-domain': {
      title: 'Meddelandet är signerat av {{signingDomain}}, inte {{domain}}',
      explanation:
        'DKIM-signaturen anger d={{signingDomain}} (selektor {{selector}}). Nyckeln slås upp där. DMARC räknar bara en DKIM-signatur vars d= är From-domänen eller har samma organisationsdomän, så en signatur från en annan domän (oftast e-postleverantörens) hjälper inte DMARC för {{domain}}.',
      fix: 'Sätt upp DKIM-signering med domänens egen nyckel i den sändande tjänsten (egen DKIM-domän), så att d= blir {{domain}}.',
    },
    'dkim.signature.sha1': {
      title: 'Meddelandet är signerat med rsa-sha1',
      explanation:
        'DKIM-signaturen från {{signingDomain}} (selektor {{selector}}) använder rsa-sha1, som RFC 8301 förbjuder. Mottagare betraktar sådana signaturer som ogiltiga.',
      fix: 'Ställ in det signerande systemet på rsa-sha256.',
    },
  },
  nb: {
    'dkim.signature.same-organization': {
      title: 'Meldingen er signert av {{signingDomain}}, i samme organisasjon som {{domain}}',
      explanation:
        'DKIM-signaturen oppgir d={{signingDomain}} (selektor {{selector}}), som har samme organisasjonsdomene som {{domain}}. Nøkkelen slås opp der. DMARC godtar signaturen med avslappet samsvar (adkim=r, standard), men ikke med streng samsvar (adkim=s).',
    },
    'dkim.key.ok': {
      title: 'DKIM-nøkkelen {{selector}} er en {{keyType}}-nøkkel på {{bits}} bit',
      explanation:
        'Nøkkelen som er publisert på {{name}}, er riktig utformet og sterk nok: mottakere kan verifisere signaturer laget med selektoren {{selector}}.',
    },
    'dkim.key.too-short': {
      title: 'DKIM-nøkkelen {{selector}} er for kort ({{bits}} bit)',
      explanation:
        'RSA-nøkkelen på {{name}} har bare {{bits}} bit. RFC 8301 forbyr nøkler under 1024 bit, og store mottakere (Gmail, Microsoft, Yahoo) regner signaturer med slike nøkler som ugyldige, så e-posten regnes som usignert.',
      fix: 'Lag et nytt nøkkelpar på 2048 bit i e-postsystemet som signerer for {{signingDomain}}, publiser den offentlige nøkkelen under en ny selektor, bytt signeringen til den og fjern den gamle oppføringen.',
    },
    'dkim.key.short': {
      title: 'DKIM-nøkkelen {{selector}} har bare {{bits}} bit',
      explanation:
        'RSA-nøkkelen på {{name}} har {{bits}} bit. Det godtas fortsatt, men RFC 8301 anbefaler 2048 bit, og 1024-bitsnøkler regnes som mulige å knekke med nok innsats; noen mottakere gir dem allerede dårligere poeng.',
      fix: 'Gå over til en nøkkel på 2048 bit: publiser den under en ny selektor, bytt signeringen til den og fjern deretter den gamle nøkkelen.',
    },
    'dkim.key.testing': {
      title: 'DKIM-nøkkelen {{selector}} er i testmodus (t=y)',
      explanation:
        'Oppføringen på {{name}} har t=y, som forteller mottakerne at {{signingDomain}} bare tester DKIM. Ifølge RFC 6376 §3.6.1 skal de da behandle e-posten som usignert, så DKIM gjør ingen nytte for DMARC eller omdømmet.',
      fix: 'Fjern t=y fra oppføringen når signeringen virker.',
    },
    'dkim.key.strict': {
      title: 'DKIM-nøkkelen {{selector}} gjelder ikke underdomener (t=s)',
      explanation:
        'Oppføringen på {{name}} har t=s: en signatur er bare gyldig hvis i=-identiteten ligger nøyaktig i {{signingDomain}}, ikke i et underdomene. Det er greit så lenge ingen systemer signerer med en i= i et underdomene.',
    },
    'dkim.key.revoked': {
      title: 'DKIM-nøkkelen {{selector}} er tilbakekalt (tom p=)',
      explanation:
        'Oppføringen på {{name}} har en tom p=, som betyr at nøkkelen er trukket tilbake (RFC 6376 §3.6.1). Alle signaturer med selektoren {{selector}} feiler. Det er riktig for en selektor som er tatt ut av bruk, men feil hvis e-post fortsatt signeres med den.',
      fix: 'Hvis e-post fortsatt signeres med selektoren {{selector}}, publiser den gjeldende offentlige nøkkelen der, eller bytt signeringen til en selektor med gyldig nøkkel.',
    },
    'dkim.key.syntax': {
      title: 'DKIM-oppføringen {{selector}} har syntaksfeil',
      explanation:
        'Oppføringen på {{name}} følger ikke syntaksen for DKIM-nøkler (RFC 6376 §3.6.1): {{detail}}. Mottakere kan se bort fra oppføringen, og da feiler signaturene.',
      fix: 'Publiser oppføringen nøyaktig slik e-postsystemet lager den, for eksempel «v=DKIM1; k=rsa; p=<nøkkel>», med hver tagg én gang og v=DKIM1 først.',
    },
    'dkim.key.invalid': {
      title: 'DKIM-oppføringen {{selector}} inneholder ingen brukbar nøkkel',
      explanation:
        'Taggen p= på {{name}} kan ikke leses som en offentlig {{keyType}}-nøkkel: {{detail}}. Signaturer med selektoren {{selector}} kan ikke verifiseres.',
      fix: 'Kopier den offentlige nøkkelen på nytt fra e-postsystemet (den blir ofte avkuttet, eller får anførselstegn eller linjeskift når den limes inn i DNS-panelet), og publiser hele nøkkelen.',
    },
    'dkim.key.unknown-type': {
      title: 'DKIM-oppføringen {{selector}} har en ukjent nøkkeltype ({{keyType}})',
      explanation:
        'Oppføringen på {{name}} oppgir k={{keyType}}. DKIM definerer bare rsa og ed25519 (RFC 8463), så mottakerne kan ikke bruke nøkkelen.',
      fix: 'Publiser nøkkelen med k=rsa (eller k=ed25519 for en Ed25519-nøkkel).',
    },
    'dkim.key.no-sha256': {
      title: 'DKIM-nøkkelen {{selector}} tillater ikke SHA-256 (h={{hashes}})',
      explanation:
        'Oppføringen på {{name}} begrenser hashalgoritmene til {{hashes}}. RFC 8301 krever rsa-sha256 og forbyr rsa-sha1, så mottakerne underkjenner signaturer med denne nøkkelen uansett.',
      fix: 'Fjern taggen h= (eller sett h=sha256) og signer med rsa-sha256.',
    },
    'dkim.key.service': {
      title: 'DKIM-nøkkelen {{selector}} er ikke ment for e-post (s={{services}})',
      explanation:
        'Oppføringen på {{name}} begrenser nøkkelen til tjenestetypen(e) {{services}}, så mottakere får ikke bruke den til e-postsignaturer (RFC 6376 §3.6.1).',
      fix: 'Fjern taggen s=, eller ta med «email» i den.',
    },
    'dkim.key.cname': {
      title: 'DKIM-selektoren {{selector}} er delegert til {{target}}',
      explanation:
        '{{name}} er en CNAME til {{target}}, så nøkkelen forvaltes av den som drifter det navnet – som regel e-post- eller markedsføringsleverandøren, som da kan bytte nøkkel uten DNS-endringer. Nøkkelen som ligger der, kontrolleres nedenfor.',
    },
    'dkim.key.multiple': {
      title: 'Selektoren {{selector}} har {{count}} TXT-oppføringer',
      explanation:
        '{{name}} returnerer {{count}} TXT-oppføringer. En selektor skal inneholde én nøkkel; med flere velger mottakerne en tilfeldig eller feiler, så signaturene feiler av og til.',
      fix: 'Behold nøyaktig én nøkkeloppføring på {{name}}; publiser heller en ny nøkkel under en ny selektor.',
    },
    'dkim.key.pkcs1': {
      title: 'DKIM-nøkkelen {{selector}} har feil nøkkelformat',
      explanation:
        'Taggen p= på {{name}} inneholder en naken RSAPublicKey (PKCS#1) i stedet for formatet SubjectPublicKeyInfo som RFC 6376 §3.6.1 krever. Noen mottakere godtar den, andre ikke, så signaturene feiler hos en del mottakere.',
      fix: 'Publiser nøkkelen i formatet SubjectPublicKeyInfo (base64 av «openssl rsa -pubout», som begynner med MIIB… for 2048 bit).',
    },
    'dkim.key.ed25519': {
      title: 'DKIM-nøkkelen {{selector}} er en Ed25519-nøkkel',
      explanation:
        'Ed25519-nøkler (RFC 8463) er gyldige, men støttes ennå ikke av alle mottakere. E-post som bare er signert med Ed25519, regnes som usignert hos dem.',
      fix: 'Signer hver melding med en RSA-nøkkel i tillegg (to DKIM-signaturer), slik RFC 8463 anbefaler.',
    },
    'dkim.selector.missing': {
      title: 'Ingen DKIM-nøkkel for selektoren {{selector}}',
      explanation:
        'Det finnes ingen nøkkeloppføring på {{name}} ({{outcome}}). Alle signaturer som oppgir selektoren {{selector}} og domenet {{signingDomain}}, underkjennes, så e-posten regnes som usignert.',
      fix: 'Publiser den offentlige nøkkelen for selektoren {{selector}} på {{name}} (kopier den fra e-postsystemet som signerer), eller sjekk at selektornavnet er riktig stavet.',
    },
    'dkim.selector.invalid': {
      title: '«{{selector}}» er ikke en gyldig DKIM-selektor',
      explanation:
        'En selektor består av DNS-etiketter (bokstaver, sifre, bindestreker, punktum), så «{{selector}}» kan ikke peke ut noen nøkkeloppføring. Ingenting ble slått opp.',
      fix: 'Sjekk selektoren: det er verdien s= i DKIM-Signature-headeren.',
    },
    'dkim.probe.found': {
      title: 'DKIM-nøkler funnet for {{domain}}: {{selectors}}',
      explanation:
        'Uten kjent selektor prøvde Mailpath {{count}} vanlige selektorer og fant nøkkeloppføringer for {{selectors}}. Dette er nøkler noen har publisert; om e-posten faktisk signeres med dem, ser man bare i DKIM-Signature-headeren i en melding.',
    },
    'dkim.probe.none': {
      title: 'Ingen DKIM-nøkkel funnet under vanlige selektorer for {{domain}}',
      explanation:
        'Ingen av de {{count}} vanlige selektorene ({{selectors}}) har noen nøkkeloppføring. Det beviser ikke at {{domain}} ikke signerer – en selektor kan hete hva som helst. Men uten DKIM hviler e-posten bare på SPF, og DMARC feiler så snart e-post videresendes.',
      fix: 'Lim inn en DKIM-Signature-header fra en melding sendt fra {{domain}} (s= oppgir selektoren), eller slå på DKIM-signering i e-postsystemet og publiser nøkkelen.',
    },
    'dkim.signature.unparsable': {
      title: 'Den innlimte DKIM-signaturen kunne ikke leses',
      explanation: 'Mailpath fant ikke signeringsdomenet og selektoren i den innlimte headeren: {{detail}}.',
      fix: 'Lim inn hele headerfeltet DKIM-Signature, inkludert fortsettelseslinjene.',
    },
    'dkim.signature.other-domain': {
      title: 'Meldingen er signert av {{signingDomain}}, ikke {{domain}}',
      explanation:
        'DKIM-signaturen oppgir d={{signingDomain}} (selektor {{selector}}). Nøkkelen slås opp der. DMARC teller bare en DKIM-signatur når d= er From-domenet eller har samme organisasjonsdomene, så en signatur fra et annet domene (som regel e-postleverandørens) hjelper ikke DMARC for {{domain}}.',
      fix: 'Sett opp DKIM-signering med domenets egen nøkkel i tjenesten som sender (eget DKIM-domene), slik at d= blir {{domain}}.',
    },
    'dkim.signature.sha1': {
      title: 'Meldingen er signert med rsa-sha1',
      explanation:
        'DKIM-signaturen fra {{signingDomain}} (selektor {{selector}}) bruker rsa-sha1, som RFC 8301 forbyr. Mottakere regner slike signaturer som ugyldige.',
      fix: 'Still inn systemet som signerer, til å bruke rsa-sha256.',
    },
  },
};
