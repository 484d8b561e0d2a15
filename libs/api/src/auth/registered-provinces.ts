import type { MonitoringState } from '@monitor/read-models';
import type { Principal } from './principal.js';
import { InvalidTokenError, type TokenVerifier } from './token-verifier.js';

/** The provinces the platform knows: those registered in the read models. */
export class RegisteredProvinces {
  private views: { readonly state: MonitoringState } | undefined;

  /** Reads from the projector's views (created after the verifier, by Nest); returns it. */
  follow<P extends { readonly state: MonitoringState }>(views: P): P {
    this.views = views;
    return views;
  }

  ids(): string[] {
    return this.views ? [...this.views.state.provinces.keys()] : [];
  }

  has(provinceId: string): boolean {
    return this.views?.state.provinces.has(provinceId) ?? false;
  }
}

/**
 * Refuses a PROVINCE token whose province the platform does not know (a typo in a provider's
 * claim, a province never registered): it could write nothing, and would be recorded as someone.
 */
export class RegisteredProvincesOnly implements TokenVerifier {
  constructor(
    private readonly inner: TokenVerifier,
    private readonly provinces: RegisteredProvinces,
  ) {}

  async verify(token: string): Promise<Principal> {
    const principal = await this.inner.verify(token);
    if (principal.provinceId !== null && !this.provinces.has(principal.provinceId)) {
      const known = this.provinces.ids();
      throw new InvalidTokenError(`the token's province "${principal.provinceId}" is not registered here (${known.length ? `registered: ${known.join(', ')}` : 'none is registered yet'})`);
    }
    return principal;
  }
}
