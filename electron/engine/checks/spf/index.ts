/**
 * SPF (RFC 7208): `evaluateSpf` for a client IP, `lintSpf` for the records alone, and the parsers
 * other checks may reuse (e.g. DMARC alignment needs only the result; a record editor needs the
 * parser).
 */
export { evaluateSpf, lintSpf } from './evaluate.ts';
export { parseRecord, isSpfRecord, type ParsedRecord, type Term, type Mechanism, type Modifier } from './record.ts';
export { parseMacroString, parseDomainSpec } from './macro.ts';
export type {
  SpfResult,
  SpfQualifier,
  SpfProblem,
  SpfParams,
  SpfDeps,
  SpfTermStatus,
  SpfTermTrace,
  SpfTraceNode,
  SpfEvaluation,
  SpfLint,
} from './types.ts';
export { SPF_RESULTS } from './types.ts';
