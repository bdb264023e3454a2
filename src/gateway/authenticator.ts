// Turns a bearer token into a principal: a valid signature, not expired, and a device that
// still exists (deleting a user removes its devices, so their tokens stop working).
import { ParleyError } from '../shared/errors.js';
import type { Db } from '../shared/db.js';
import { deviceExists } from '../projections/users/queries.js';
import type { Principal, TokenService } from './tokens.js';

export class Authenticator {
  constructor(
    readonly tokens: TokenService,
    private readonly db: Db,
  ) {}

  async authenticate(token: string | undefined): Promise<Principal> {
    if (!token) throw new ParleyError('unauthenticated', 'missing bearer token');
    return this.confirm(this.tokens.verify(token));
  }

  /** A principal whose token has been verified, once its device is known to exist still. */
  async confirm(principal: Principal): Promise<Principal> {
    if (!(await deviceExists(this.db, principal.userId, principal.deviceId))) {
      throw new ParleyError('unauthenticated', 'device is no longer signed in');
    }
    return principal;
  }
}

export function bearerToken(header: string): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  return m?.[1];
}
