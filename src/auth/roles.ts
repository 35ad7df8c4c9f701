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
