// Gateway download URLs for stores that cannot presign (the JetStream object store): the
// media id, variant and expiry are signed with an HMAC, so a browser's <img src> works
// without a bearer header, and the URL stops working when it expires.
import { createHmac, timingSafeEqual } from 'node:crypto';

export class MediaUrlSigner {
  private readonly key: Buffer;

  constructor(secret: string) {
    // Derived, so the key is never the JWT secret itself even when it defaults to it.
    this.key = createHmac('sha256', secret).update('parley-media-url').digest();
  }

  sign(mediaId: string, variant: string, expiresAtMs: number): string {
    return createHmac('sha256', this.key).update(`${mediaId}\n${variant}\n${expiresAtMs}`).digest('base64url');
  }

  /** 'ok', 'expired' or 'bad' (the signature does not match). */
  check(mediaId: string, variant: string, expiresAtMs: number, sig: string, nowMs: number): 'ok' | 'expired' | 'bad' {
    const want = Buffer.from(this.sign(mediaId, variant, expiresAtMs));
    const got = Buffer.from(sig);
    if (got.length !== want.length || !timingSafeEqual(got, want)) return 'bad';
    return expiresAtMs > nowMs ? 'ok' : 'expired';
  }
}
