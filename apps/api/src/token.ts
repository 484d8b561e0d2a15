import { developmentTokenProblem, loadConfig, resolveJwtSecret, ROLES, seededProvinceIds, TokenService, type Role } from '@monitor/api';

/**
 * Prints a development token, and nothing else, for the platform configured by the same environment
 * (the same data directory or MONITOR_JWT_SECRET): `npm run -s token -- PROVINCE ha-nam`. With
 * MONITOR_OIDC_ISSUER set the platform accepts its provider's tokens only, so none is printed.
 */
const [role, provinceId, ...rest] = process.argv.slice(2);
const problem =
  rest.length > 0 ? `unexpected arguments: ${rest.join(' ')}` : developmentTokenProblem(role, provinceId, seededProvinceIds());
if (problem) {
  console.error(
    `${problem}\nusage: npm run -s token -- <${ROLES.join('|')}> [province-id]   (a province id with PROVINCE only, e.g. PROVINCE ha-nam)`,
  );
  process.exit(2);
}
const config = loadConfig();
if (config.oidc) {
  console.error(`MONITOR_OIDC_ISSUER is set: the platform accepts tokens from ${config.oidc.issuer} only; sign in there`);
  process.exit(2);
}
const tokens = new TokenService(resolveJwtSecret(config.jwtSecret, config.dataDir));
const subject = role === 'PROVINCE' ? `province:${provinceId}` : `${role!.toLowerCase()}:dev`;
process.stdout.write(`${await tokens.issue(role as Role, provinceId ?? null, subject)}\n`);
