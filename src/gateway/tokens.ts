// Device tokens: HS256 JWTs naming the user (sub) and the device (did).
import { SignJWT, errors, jwtVerify } from 'jose';
import { ParleyError } from '../shared/errors.js';

export interface Principal {
  userId: string;
  deviceId: string;
}

export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  /** ttlSeconds may be negative (tests make expired tokens this way). */
  async issue(p: Principal, nowMs: number, ttlSeconds = this.ttlSeconds): Promise<{ token: string; expiresAtMs: number }> {
    const iat = Math.floor(nowMs / 1000);
    const exp = iat + ttlSeconds;
    const token = await new SignJWT({ did: p.deviceId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(p.userId)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAtMs: exp * 1000 };
  }

  async verify(token: string): Promise<Principal> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload.did !== 'string') {
        throw new ParleyError('unauthenticated', 'token lacks a user or device');
      }
      return { userId: payload.sub, deviceId: payload.did };
    } catch (err) {
      if (err instanceof ParleyError) throw err;
      if (err instanceof errors.JWTExpired) throw new ParleyError('token_expired', 'token expired; log in again');
      throw new ParleyError('unauthenticated', 'invalid token');
    }
  }
}
