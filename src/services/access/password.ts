// Password hashing with scrypt from node:crypto (docs/decisions/0007-passwords-and-sessions.md):
// memory-hard, in Node's standard library, nothing to install or build. The parameters travel
// with each hash, so they can be raised later and old hashes still verify.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as commonLanguage from '@zxcvbn-ts/language-common';
import { DomainError } from '../../domain/errors';

// N = 2^15, r = 8 needs 128 · N · r = 32 MiB per hash, ~60 ms on one core here (OWASP's minimum
// for scrypt is N = 2^17 with r = 8 at 128 MiB; 2^15 keeps a burst of sign-ins within memory on
// a small server while staying far beyond what a GPU farm likes).
const DEFAULT_PARAMETERS = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }) {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  return new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** `scrypt$N=32768,r=8,p=1$<salt>$<hash>` (base64url), with a fresh random salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, DEFAULT_PARAMETERS);
  const { N, r, p } = DEFAULT_PARAMETERS;
  return `scrypt$N=${N},r=${r},p=${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** Whether `password` matches `stored`, compared in constant time; false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = /^scrypt\$N=(\d+),r=(\d+),p=(\d+)\$([\w-]+)\$([\w-]+)$/.exec(stored);
  if (!match) return false;
  const [, n, r, p, salt = '', hash = ''] = match;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

// Verifying against this when the email is unknown makes a failed sign-in take as long either way,
// so response times do not tell which addresses have accounts.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

/** At least 10 characters: long passphrases beat composition rules (NIST SP 800-63B 5.1.1). */
export const MIN_PASSWORD_LENGTH = 10;

// Fewer than 10^8 guesses by zxcvbn's estimate (its score 0–2) is too easy to guess: a common or
// breached password (its password list), a repeat (aaaaaaaaaa), a sequence (abcdefghij,
// 1234567890), a keyboard walk (qwertyuiop), or the person's own name or email with a little added.
const MIN_GUESSES_LOG10 = 8;
// zxcvbn's matching grows faster than linearly with length; the first characters decide whether a
// password is guessable (a longer one can only be harder), so only they are looked at.
const ESTIMATED_PREFIX = 100;

let estimator: ZxcvbnFactory | undefined;
function guessEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...commonLanguage.dictionary },
    graphs: commonLanguage.adjacencyGraphs,
  });
  return estimator;
}

export type PasswordRefusal =
  | { code: 'user.password_too_short'; params: { min: number } }
  | { code: 'user.password_guessable'; params: Record<string, never> };

/**
 * The password rule of NIST SP 800-63B 3.1.1.2: long enough, and not common, breached or
 * otherwise easy to guess; no composition rules (digits, capitals) and no expiry. `person` is the
 * account's own email and name, which a password must not just repeat. Null when it passes.
 */
export function passwordRefusal(
  password: string,
  person: { email: string; name?: string },
): PasswordRefusal | null {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return { code: 'user.password_too_short', params: { min: MIN_PASSWORD_LENGTH } };
  const [localPart = ''] = person.email.toLowerCase().split('@');
  const name = (person.name ?? '').toLowerCase();
  const ownWords = [
    localPart,
    ...localPart.split(/[._+-]/),
    name.replace(/\s+/g, ''),
    ...name.split(/\s+/),
  ].filter((word) => word.length >= 3);
  const estimate = guessEstimator().check(password.slice(0, ESTIMATED_PREFIX), ownWords);
  return estimate.guessesLog10 < MIN_GUESSES_LOG10
    ? { code: 'user.password_guessable', params: {} }
    : null;
}

/** The password rule (`passwordRefusal`) as an error, with `path` naming the password's field. */
export function checkPasswordRule(
  password: string,
  person: { email: string; name?: string },
  path?: string,
): void {
  const refusal = passwordRefusal(password, person);
  if (refusal)
    throw new DomainError(refusal.code, {
      ...refusal.params,
      ...(path === undefined ? {} : { path }),
    });
}
