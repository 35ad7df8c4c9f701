import { SignJWT } from 'jose';
import { readConfig } from '../../src/config';
import { loadFieldCaseFixture } from '../support/fixtures';
import { graphSnapshot } from '../support/graph-snapshot';
import { useTestApi } from '../support/test-api';
import { authHeader } from '../support/tokens';

const CREATE = 'mutation { createTopic(input: { name: "Roles test topic" }) { id } }';
const DELETE = 'mutation { deleteOrganisation(id: "org:test-liga") { id } }';
const LINK =
  'mutation { link(input: { type: HOSTED_BY, from: "event:test-seminar-2012", to: "org:test-liga" }) { created } }';

describe('roles: writes need editor, deletes need admin; refused requests write nothing', () => {
  const fixture = useTestApi(loadFieldCaseFixture);

  const forgedToken = async () => {
    const token = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('not-the-secret'));
    return { authorization: `Bearer ${token}` };
  };

  it.each([
    ['no token', CREATE, async () => ({}), 'UNAUTHENTICATED'],
    ['a token signed with another key', CREATE, forgedToken, 'UNAUTHENTICATED'],
    ['a malformed header', CREATE, async () => ({ authorization: 'Token abc' }), 'UNAUTHENTICATED'],
    ['a reader token on create', CREATE, () => authHeader('reader'), 'FORBIDDEN'],
    ['a reader token on link', LINK, () => authHeader('reader'), 'FORBIDDEN'],
    ['an editor token on delete', DELETE, () => authHeader('editor'), 'FORBIDDEN'],
    ['no token on delete', DELETE, async () => ({}), 'UNAUTHENTICATED'],
  ])('%s is refused as %s... ', async (_case, mutation, headers, code) => {
    const before = await graphSnapshot(fixture.graph);
    const response = await fixture.api.query(mutation, {}, await headers());
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].extensions!.code).toBe(code);
    // No token or a bad one is refused whole with 401; a valid token without the role gets FORBIDDEN on the field.
    expect(response.status).toBe(code === 'UNAUTHENTICATED' ? 401 : 200);
    expect(await graphSnapshot(fixture.graph)).toEqual(before);
  });

  it('an invalid input without a token is UNAUTHENTICATED, not a validation error (the role is checked first)', async () => {
    const response = await fixture.api.query('mutation { createTopic(input: { name: "" }) { id } }');
    expect(response.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('editor creates and links, admin deletes, and updatedBy records the token subject', async () => {
    const created = await fixture.api.query(CREATE, {}, await authHeader('editor', 'erin'));
    expect(created.data!.createTopic).toEqual({ id: 'topic:roles-test-topic' });
    const linked = await fixture.api.query(LINK, {}, await authHeader('admin', 'ada'));
    expect(linked.data!.link).toEqual({ created: true });
    const [row] = await fixture.graph.cypher(
      'MATCH (t {id: "topic:roles-test-topic"}), ()-[r:HOSTED_BY]->({id: "org:test-liga"}) RETURN t.updatedBy AS topic, r.updatedBy AS rel',
    );
    expect(row).toEqual({ topic: 'erin', rel: 'ada' });
    const deleted = await fixture.api.query(
      'mutation { deleteTopic(id: "topic:roles-test-topic") { id } }',
      {},
      await authHeader('admin'),
    );
    expect(deleted.data!.deleteTopic).toEqual({ id: 'topic:roles-test-topic' });
  });

  it('reads stay open without a token, but a token that was sent and does not verify is UNAUTHENTICATED', async () => {
    const open = await fixture.api.query('{ organisation(id: "org:test-liga") { id } }');
    expect(open.data!.organisation).toEqual({ id: 'org:test-liga' });
    const withBadToken = await fixture.api.query(
      '{ organisation(id: "org:test-liga") { id } }',
      {},
      await forgedToken(),
    );
    expect(withBadToken.status).toBe(401);
    expect(withBadToken.data ?? null).toBeNull();
    expect(withBadToken.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(withBadToken.errors![0].message).toBe(
      'The bearer token was refused: its signature does not verify with this server’s key.',
    );
  });

  it('says in words why a token was refused: expired, or not a JWT at all (not jose’s error codes)', async () => {
    const expired = await new SignJWT({ roles: ['editor'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('alice')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(readConfig().auth.secret));
    const messages: string[] = [];
    for (const token of [expired, 'not.a.jwt']) {
      const response = await fixture.api.query(
        '{ organisation(id: "org:test-liga") { id } }',
        {},
        { authorization: `Bearer ${token}` },
      );
      expect(response.status).toBe(401);
      messages.push(response.errors![0].message);
    }
    expect(messages).toEqual([
      'The bearer token was refused: it has expired; get a new one (npm run token locally).',
      'The bearer token was refused: it is not a well-formed JWT (three base64url parts).',
    ]);
  });
});
