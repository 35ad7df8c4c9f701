import { ForbiddenError, UnauthenticatedError } from './auth-errors';

/** The roles of this API, from least to most powerful; each includes the rights of those before it. */
export const ROLES = ['reader', 'editor', 'admin'] as const;

export type Role = (typeof ROLES)[number];

/** True when `held` grants what `needed` requires (admin ⊇ editor ⊇ reader). */
export function grants(held: readonly Role[], needed: Role): boolean {
  const rank = (role: Role) => ROLES.indexOf(role);
  return held.some((role) => rank(role) >= rank(needed));
}

/** True for one of {@link ROLES}. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who made a request, from a verified bearer token. */
export interface AuthUser {
  /** The token's `sub`: recorded as `updatedBy` on writes. */
  subject: string;
  roles: Role[];
}

/**
 * The read rule (READS_REQUIRE_AUTH), shared by /graphql's access plugin and the plain HTTP routes that read the
 * graph: with `readsRequireAuth`, no user is refused with 401 UNAUTHENTICATED and a user without the reader role with
 * 403 FORBIDDEN; otherwise reads are open. Returns the refusal, or undefined when the read may go on.
 */
export function readRefusal(
  user: AuthUser | null,
  readsRequireAuth: boolean,
): { status: 401 | 403; error: UnauthenticatedError | ForbiddenError } | undefined {
  if (!readsRequireAuth) return undefined;
  if (!user)
    return {
      status: 401,
      error: new UnauthenticatedError('Reads need a bearer token on this deployment (READS_REQUIRE_AUTH).'),
    };
  if (!grants(user.roles, 'reader')) return { status: 403, error: new ForbiddenError('reader') };
  return undefined;
}
