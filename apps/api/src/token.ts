import { loadConfig, resolveJwtSecret, ROLES, TokenService, type Role } from '@monitor/api';

/**
 * Prints a development token, and nothing else, for the platform configured by the same environment
 * (the same data directory or MONITOR_JWT_SECRET): `npm run -s token -- PROVINCE ha-nam`.
 */
const [role, provinceId] = process.argv.slice(2);
if (!ROLES.includes(role as Role) || (role === 'PROVINCE') !== Boolean(provinceId)) {
  console.error(`usage: npm run -s token -- <${ROLES.join('|')}> [province-id]   (a province id with PROVINCE only, e.g. PROVINCE ha-nam)`);
  process.exit(2);
}
const config = loadConfig();
const tokens = new TokenService(resolveJwtSecret(config.jwtSecret, config.dataDir));
const subject = role === 'PROVINCE' ? `province:${provinceId}` : `${role.toLowerCase()}:dev`;
process.stdout.write(`${await tokens.issue(role as Role, provinceId ?? null, subject)}\n`);
