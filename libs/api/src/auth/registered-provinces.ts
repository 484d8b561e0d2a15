import { MonitoringReads, type HoldsViews } from '../platform/monitoring-reads.js';
import type { Principal } from './principal.js';
import { InvalidTokenError, type TokenVerifier } from './token-verifier.js';

/** The provinces the platform knows: those registered in the read models. */
export class RegisteredProvinces {
  private reads: MonitoringReads | undefined;

  /** Reads from the projector's views (created after the verifier, by Nest); returns it. */
  follow<P extends HoldsViews>(views: P): P {
    this.reads = MonitoringReads.of(views);
    return views;
  }

  ids(): string[] {
    return this.reads?.provinceIds() ?? [];
  }

  has(provinceId: string): boolean {
    return this.reads?.province(provinceId) !== undefined;
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
      throw new InvalidTokenError(
        `the token's province "${principal.provinceId}" is not registered here (${known.length ? `registered: ${known.join(', ')}` : 'none is registered yet'})`,
      );
    }
    return principal;
  }
}
