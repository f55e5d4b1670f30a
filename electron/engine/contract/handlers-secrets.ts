/** Handlers of the remembered passwords. Hosts without a secret store say so: `unsupported`. */
import type { SecretStore } from '../store/secrets.ts';
import type { OpContext } from './context.ts';
import type { OpOutput, OpParsedInput } from './ops.ts';
import { OpError } from './result.ts';

function store(ctx: OpContext): SecretStore {
  const s = ctx.services.secrets;
  if (!s || !s.available()) throw new OpError('unsupported', 'Passwords can be remembered only in the Mailpath app, where the operating system encrypts them.');
  return s;
}

export async function secretStatus(_input: OpParsedInput<'secretStatus'>, ctx: OpContext): Promise<OpOutput<'secretStatus'>> {
  const s = ctx.services.secrets;
  return s && s.available() ? { available: true, keys: await s.keys() } : { available: false, keys: [] };
}

export async function secretSave(input: OpParsedInput<'secretSave'>, ctx: OpContext): Promise<OpOutput<'secretSave'>> {
  await store(ctx).save(input.key, input.secret);
  return { saved: true };
}

export async function secretLoad(input: OpParsedInput<'secretLoad'>, ctx: OpContext): Promise<OpOutput<'secretLoad'>> {
  const secret = await store(ctx).load(input.key);
  return secret === undefined ? {} : { secret };
}

export async function secretForget(input: OpParsedInput<'secretForget'>, ctx: OpContext): Promise<OpOutput<'secretForget'>> {
  await store(ctx).forget(input.key);
  return { forgotten: true };
}
