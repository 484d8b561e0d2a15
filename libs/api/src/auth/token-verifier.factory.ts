import type { PlatformConfig } from '../config/platform-config.js';
import { OidcTokenVerifier } from './oidc-token-verifier.js';
import { resolveJwtSecret, TokenService } from './token.service.js';
import type { TokenVerifier } from './token-verifier.js';

/**
 * The verifier the configuration chooses: with MONITOR_OIDC_ISSUER, the provider's tokens and only
 * those (a development token, signed with a secret on the server's disk, is not an identity a
 * ministry manages); otherwise the embedded default's development tokens.
 */
export const tokenVerifier = (config: PlatformConfig): TokenVerifier =>
  config.oidc ? new OidcTokenVerifier(config.oidc) : new TokenService(resolveJwtSecret(config.jwtSecret, config.dataDir));
