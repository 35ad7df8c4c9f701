import { createRemoteJWKSet, jwtVerify, JWTVerifyGetKey, SignJWT } from 'jose';
import { AuthConfig } from '../config';
import { UnauthenticatedError } from './auth-errors';
import { AuthUser, isRole, Role } from './roles';

/**
 * Verifies `Authorization: Bearer <JWT>` headers with jose: HS256 with a shared secret, or RS256/ES256 keys from a
 * JWKS URL. Roles come from the `roles` claim (a list) or `role` (one string); unknown roles are ignored.
 */
export class TokenVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey | undefined;

  constructor(private readonly config: AuthConfig) {
    this.key = config.jwksUrl
      ? createRemoteJWKSet(new URL(config.jwksUrl))
      : config.secret
        ? new TextEncoder().encode(config.secret)
        : undefined;
  }

  /**
   * The user of an Authorization header, or null when there is none.
   * @throws UnauthenticatedError when a header is present but the token is malformed, expired, badly signed, or
   *   when no verification key is configured
   */
  async userFrom(authorization: string | undefined | null): Promise<AuthUser | null> {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError('The Authorization header must be "Bearer <JWT>".');
    if (!this.key)
      throw new UnauthenticatedError('No token verification key is configured (AUTH_JWT_SECRET or AUTH_JWKS_URL).');
    try {
      const { payload } = await jwtVerify(match[1], this.key as Uint8Array, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: this.config.jwksUrl ? ['RS256', 'ES256', 'EdDSA'] : ['HS256'],
      });
      const claimed = Array.isArray(payload.roles) ? payload.roles : payload.role !== undefined ? [payload.role] : [];
      return { subject: String(payload.sub ?? 'unknown'), roles: claimed.filter(isRole) };
    } catch (error) {
      throw new UnauthenticatedError(
        `The bearer token was refused: ${whyRefused(error as { code?: string; claim?: string })}.`,
      );
    }
  }
}

/** jose's error codes (https://github.com/panva/jose/blob/main/docs/util/errors) in words a client can act on. */
const REFUSAL_REASONS: Record<string, string> = {
  ERR_JWT_EXPIRED: 'it has expired; get a new one (npm run token locally)',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'its signature does not verify with this server’s key',
  ERR_JWS_INVALID: 'it is not a well-formed JWT (three base64url parts)',
  ERR_JWT_INVALID: 'its payload is not a well-formed JWT claims set',
  ERR_JOSE_ALG_NOT_ALLOWED: 'it is signed with an algorithm this server does not accept',
  ERR_JOSE_NOT_SUPPORTED: 'it uses an algorithm or key type this server does not support',
  ERR_JWKS_NO_MATCHING_KEY: 'no key of the configured key set matches it',
};

function whyRefused(error: { code?: string; claim?: string }): string {
  if (error.code === 'ERR_JWT_CLAIM_VALIDATION_FAILED')
    return `its "${error.claim ?? 'unknown'}" claim is not accepted (nbf, iss or aud)`;
  return (error.code && REFUSAL_REASONS[error.code]) ?? 'it could not be verified';
}

/**
 * Signs an HS256 token for local use (`npm run token`).
 * @param expiresIn jose duration, e.g. `8h`
 * @throws Error when no secret is configured
 */
export async function signLocalToken(
  config: AuthConfig,
  subject: string,
  roles: Role[],
  expiresIn = '8h',
): Promise<string> {
  if (!config.secret)
    throw new Error('AUTH_JWT_SECRET is not set; tokens for a JWKS setup come from its identity provider');
  let jwt = new SignJWT({ roles })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(expiresIn);
  if (config.issuer) jwt = jwt.setIssuer(config.issuer);
  if (config.audience) jwt = jwt.setAudience(config.audience);
  return jwt.sign(new TextEncoder().encode(config.secret));
}
