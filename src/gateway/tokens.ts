// Device tokens: HS256 JWTs naming the user (sub) and the device (did). Verification is
// synchronous (jsonwebtoken), so a WebSocket upgrade with a token in its header completes
// inside uWS's request handler (socket.ts says why that matters).
import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { ParleyError } from '../shared/errors.js';

export interface Principal {
  userId: string;
  deviceId: string;
}

export class TokenService {
  /**
   * A KeyObject, not the secret's bytes: given bytes, jsonwebtoken first tries to parse them
   * as a public key on every call, and that failed attempt cost about 390 µs per verify.
   */
  private readonly key: KeyObject;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = createSecretKey(Buffer.from(secret, 'utf8'));
  }

  /** ttlSeconds may be negative (tests make expired tokens this way). */
  async issue(p: Principal, nowMs: number, ttlSeconds = this.ttlSeconds): Promise<{ token: string; expiresAtMs: number }> {
    const iat = Math.floor(nowMs / 1000);
    const exp = iat + ttlSeconds;
    const token = jwt.sign({ sub: p.userId, did: p.deviceId, iat, exp }, this.key, { algorithm: 'HS256' });
    return { token, expiresAtMs: exp * 1000 };
  }

  /** The token's principal, if its signature holds and it has not expired. */
  verify(token: string): Principal {
    let payload: string | jwt.JwtPayload;
    try {
      payload = jwt.verify(token, this.key, { algorithms: ['HS256'] });
    } catch (err) {
      if (err instanceof jwt.TokenExpiredError) throw new ParleyError('token_expired', 'token expired; log in again');
      throw new ParleyError('unauthenticated', 'invalid token');
    }
    if (typeof payload === 'string' || typeof payload.sub !== 'string' || typeof payload['did'] !== 'string') {
      throw new ParleyError('unauthenticated', 'token lacks a user or device');
    }
    return { userId: payload.sub, deviceId: payload['did'] };
  }
}
