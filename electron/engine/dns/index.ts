/**
 * The DNS engine's public surface. Checks import only the `Resolver` type (`./types.ts`); the app,
 * the CLI and tests build resolvers with the functions here.
 */
export type { LookupOptions, LookupOutcome, LookupResult, RecordData, ResourceRecord, Resolver, RRType } from './types.ts';
export type { DnsServer } from './transport.ts';
export { serverLabel } from './transport.ts';
export type { DnsResolver, ResolverOptions } from './resolver.ts';
export { createResolver, DEFAULT_CONCURRENCY, DEFAULT_RETRIES, DEFAULT_TIMEOUT_MS } from './resolver.ts';
export type { AuthoritativeOptions, AuthoritativeResolver, ZoneServers } from './authoritative.ts';
export { createAuthoritativeResolver } from './authoritative.ts';
export type { DnsRecording, ParsedRecording, Recorder } from './recording.ts';
export {
  createRecorder,
  createReplayResolver,
  loadRecording,
  parseRecording,
  RECORDING_FORMAT,
  RECORDING_VERSION,
  REPLAY_SERVER,
  saveRecording,
  serializeRecording,
} from './recording.ts';
export type { ServerSpecResult, SystemServers, SystemServersOptions } from './servers.ts';
export { parseResolvConf, parseServerSpec, parseServerSpecs, systemServers } from './servers.ts';
export { presentData } from './records.ts';
export { invalidName, normalizeName } from './wire.ts';
export type { LookupFailureOptions } from './failure.ts';
export { isLookupFailure, lookupFailureFinding } from './failure.ts';
