import { readConfig } from '../../src/config';
import { Role } from '../../src/auth/roles';
import { signLocalToken } from '../../src/auth/token-verifier';

/**
 * An `Authorization: Bearer` header with a token signed as `npm run token` signs it (the test API verifies with the
 * same configuration). `subject` is what writes record as `updatedBy`.
 */
export async function authHeader(
  roles: Role | Role[],
  subject = `test-${Array.isArray(roles) ? roles.join('-') : roles}`,
): Promise<Record<string, string>> {
  const token = await signLocalToken(readConfig().auth, subject, Array.isArray(roles) ? roles : [roles]);
  return { authorization: `Bearer ${token}` };
}
