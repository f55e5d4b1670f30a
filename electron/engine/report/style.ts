/** The report's stylesheet: readable on a phone, sensible on paper. */
export const REPORT_CSS = `
:root{color-scheme:light;--ink:#1d232b;--muted:#5b6572;--line:#d7dce2;--err:#b3261e;--warn:#8a5a00;--ok:#1e6b3a;--info:#2457a6}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.2rem;border-bottom:1px solid var(--line);padding-bottom:.2rem;margin-top:1.6rem}h3{font-size:1rem;margin:.2rem 0}
.meta{color:var(--muted);margin:0}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--line);overflow-wrap:anywhere}th{width:34%;font-weight:600}
.verdict{border-left:.4rem solid var(--info);background:#f3f6fb;padding:.2rem 1rem;margin-top:1rem}.verdict h2{border:0}
.verdict.sender-it,.verdict.sender-provider{border-color:var(--err)}.verdict.recipient-provider,.verdict.recipient{border-color:var(--warn)}.verdict.nobody{border-color:var(--ok)}
.finding{border:1px solid var(--line);border-left-width:.35rem;border-radius:.3rem;padding:.5rem .8rem;margin:.6rem 0;break-inside:avoid}
.finding.error{border-left-color:var(--err)}.finding.warning{border-left-color:var(--warn)}.finding.ok{border-left-color:var(--ok)}.finding.info{border-left-color:var(--info)}.finding.skipped{border-left-color:var(--muted)}
.badge{font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin-right:.3rem}
.finding.error .badge{color:var(--err)}.finding.warning .badge{color:var(--warn)}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f7f9;padding:.5rem;border-radius:.3rem;font-size:.85rem}
details summary{cursor:pointer;color:var(--info)}
@media (max-width:40rem){body{padding:.6rem;font-size:14px}th{width:40%}}
@media print{body{max-width:none;font-size:11pt}details>pre{display:block}details:not([open])>*:not(summary){display:block}summary{display:none}a{color:inherit}.finding{page-break-inside:avoid}h2{page-break-after:avoid}}
`;
