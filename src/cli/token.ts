import { Command, Option } from 'commander';
import { readConfig } from '../config';
import { signLocalToken } from '../auth/token-verifier';
import { ROLES, Role } from '../auth/roles';

/** `npm run token -- --role editor --sub alice`: prints a bearer token signed with AUTH_JWT_SECRET, for local use. */
async function main(argv: string[]): Promise<void> {
  const program = new Command()
    .name('token')
    .description(
      'Print an HS256 bearer token for this API (paste it into the IDE headers as {"Authorization": "Bearer ' +
        '<token>"}).',
    )
    .addOption(new Option('--role <role>', 'role to grant').choices([...ROLES]).default('editor'))
    .option('--sub <subject>', 'subject (recorded as updatedBy on writes)', 'local-user')
    .option('--expires <duration>', 'lifetime, e.g. 8h or 30m', '8h')
    .parse(argv);
  const options = program.opts<{ role: Role; sub: string; expires: string }>();
  process.stdout.write(`${await signLocalToken(readConfig().auth, options.sub, [options.role], options.expires)}\n`);
}

main(process.argv).catch((error: unknown) => {
  process.stderr.write(`token: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
