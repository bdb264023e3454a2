// Password hashing with Argon2id (OWASP's first choice), via a maintained native binding.
import { hash, verify } from '@node-rs/argon2';

// A fixed hash to verify against when the user does not exist, so a login takes the same
// time whether or not the username is known.
const DUMMY = '$argon2id$v=19$m=19456,t=2,p=1$3AkyL28sme8fGdWl4SYUVA$6FDnv7R52m6oqe2QMOU7Pe7xPXVVKFX24fAHSGV2zSw';

export function hashPassword(password: string, memoryKiB: number): Promise<string> {
  return hash(password, { memoryCost: memoryKiB, timeCost: 2, parallelism: 1 });
}

export async function verifyPassword(hashed: string | undefined, password: string): Promise<boolean> {
  if (!hashed) {
    await verify(DUMMY, password).catch(() => false);
    return false;
  }
  return verify(hashed, password).catch(() => false);
}
