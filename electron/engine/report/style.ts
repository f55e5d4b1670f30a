/**
 * The report's stylesheet: readable on a phone (nothing wider than the screen: long lines wrap,
 * wide tables turn into labelled blocks), and clean on paper (no navigation, evidence expanded,
 * findings and table rows never split across pages, link targets printed).
 */
export const REPORT_CSS = `
:root{color-scheme:light;--ink:#1d232b;--muted:#5b6572;--line:#d7dce2;--err:#b3261e;--warn:#8a5a00;--ok:#1e6b3a;--info:#2457a6;--mono:ui-monospace,"SF Mono",Menlo,Consolas,"DejaVu Sans Mono",monospace}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);max-width:62rem;margin:0 auto;padding:1rem;overflow-wrap:break-word}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;border-bottom:1px solid var(--line);padding-bottom:.2rem;margin-top:1.6rem}h3{font-size:1rem;margin:.6rem 0 .2rem}
.meta,.legend,.summary,.none{color:var(--muted);margin:.2rem 0}
.masked{background:#fff6db;border:1px solid #e8d28a;border-radius:.3rem;padding:.3rem .6rem}
nav.toc{display:flex;flex-wrap:wrap;gap:.2rem .9rem;margin:.8rem 0;padding:.4rem 0;border-top:1px solid var(--line);border-bottom:1px solid var(--line);font-size:.9rem}
a{color:var(--info);overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--line);overflow-wrap:anywhere}th[scope=row]{width:30%;font-weight:600}
thead th{font-size:.85rem;color:var(--muted);font-weight:600;overflow-wrap:normal;hyphens:auto}
table.dns{table-layout:fixed}table.dns th:nth-child(1){width:20%}table.dns th:nth-child(2){width:31%}table.dns th:nth-child(3){width:14%}table.dns th:nth-child(4){width:10%}table.dns th:nth-child(5){width:11%}table.dns th:nth-child(6){width:14%}
table.timeline th:nth-child(1){width:11rem}
code,pre{font-family:var(--mono);font-size:.85rem}
code{overflow-wrap:anywhere;word-break:break-word}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f7f9;padding:.5rem;border-radius:.3rem;margin:.3rem 0}
pre.exact{margin:0;background:#fbf3f2}
code.rr{display:block;white-space:pre-wrap;margin-top:.2rem}
code.detail{color:var(--muted);font-size:.8rem}
td.num{text-align:right;white-space:nowrap}td.when,td.src{white-space:nowrap;overflow-wrap:normal}
.verdict{border-left:.4rem solid var(--info);background:#f3f6fb;padding:.2rem 1rem .6rem;margin-top:1rem}.verdict h2{border:0}
.verdict>p:first-of-type{font-size:1.1rem;font-weight:600}
.verdict.sender-it,.verdict.sender-provider{border-color:var(--err)}.verdict.recipient-provider,.verdict.recipient{border-color:var(--warn)}.verdict.nobody{border-color:var(--ok)}
ol.next{margin:.2rem 0;padding-left:1.4rem}ol.next li{margin:.2rem 0}
.finding{border:1px solid var(--line);border-left-width:.35rem;border-radius:.3rem;padding:.5rem .8rem;margin:.6rem 0;break-inside:avoid}
.finding.error{border-left-color:var(--err)}.finding.warning{border-left-color:var(--warn)}.finding.ok{border-left-color:var(--ok)}.finding.info{border-left-color:var(--info)}.finding.skipped{border-left-color:var(--muted)}
.badge{font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin-right:.3rem}
.finding.error .badge{color:var(--err)}.finding.warning .badge{color:var(--warn)}
details summary{cursor:pointer;color:var(--info)}
figure.transcript{margin:.6rem 0}figure.transcript figcaption{font-weight:600;font-size:.9rem}
figure.transcript pre>span{display:block;padding-left:4ch;text-indent:-4ch}figure.transcript pre span.c{color:#0b4f9c}figure.transcript pre span.i{color:var(--muted)}
tr.rcode-nxdomain strong,tr.rcode-servfail strong,tr.rcode-refused strong,tr.rcode-timeout strong{color:var(--err)}
@media (max-width:40rem){
body{padding:.6rem;font-size:14px}
th[scope=row]{width:38%}
table.stack thead{display:none}
table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
table.stack tr{border-bottom:1px solid var(--line);padding:.3rem 0}
table.stack td{border:0;padding:.1rem .2rem;text-align:left;white-space:normal;overflow-wrap:anywhere}
table.stack td::before{content:attr(data-label) ":";margin-right:.4em;font-size:.75rem;color:var(--muted)}
table.stack td:first-child{font-weight:600}table.stack td:first-child::before{content:none}
}
@media print{
@page{margin:14mm 12mm}
body{max-width:none;padding:0;font-size:10pt;color:#000}
nav.toc{display:none}
a{color:inherit;text-decoration:none}
a.ref[href]::after{content:" <" attr(href) ">";font-size:.85em}
details::details-content{content-visibility:visible;display:block}
details:not([open])>*:not(summary){display:block}
details>summary{list-style:none;color:inherit;font-weight:600}
details>summary::-webkit-details-marker{display:none}
pre{background:none;border:1px solid #bbb;font-size:8.5pt}
.verdict,.masked{background:none}
.finding,tr,figure.transcript figcaption,ol.next li{break-inside:avoid;page-break-inside:avoid}
h2,h3,figcaption{break-after:avoid;page-break-after:avoid}
section{break-before:auto}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
