import { useEffect, useState } from 'preact/hooks';
import { ApiError, gql } from '../api';
import { t, type Key } from '../i18n';
import { claimsOf, signIn } from '../session';

/** The provider sign-in /web-config.json describes (the public client, nothing secret). */
export interface ProviderSignInConfig {
  readonly issuer: string;
  readonly roleClaim: string;
  readonly provinceClaim: string;
  readonly signIn: { readonly clientId: string; readonly scope: string; readonly redirectPath: string };
}

// The OpenID Connect client (oauth4webapi) is its own chunk, fetched only when someone signs in this way.
const flow = () => import('../oidc');

/** What went wrong, kept as a dictionary key so a language switch translates it too. */
interface Problem {
  readonly key: Key;
  readonly detail?: string;
}

const REASONS = { state: 'oidcState', 'no-request': 'oidcNoRequest', provider: 'oidcProvider', failed: 'oidcFailed' } as const;

/** Back from the provider: the answer checked, the code exchanged, the access token tried on the platform before it is kept. */
const finish = async (config: ProviderSignInConfig, callback: URL): Promise<Problem | null> => {
  const { finishSignIn, SignInRefused } = await flow();
  try {
    const tokens = await finishSignIn({ issuer: config.issuer, ...config.signIn }, callback);
    const claims = claimsOf(tokens.accessToken, { role: config.roleClaim, province: config.provinceClaim });
    if (!claims) return { key: 'oidcNoRole', detail: `"${config.roleClaim}"` };
    try {
      await gql('{ directives { id } }', {}, tokens.accessToken);
    } catch (error) {
      return { key: 'oidcRefused', detail: error instanceof ApiError && error.code ? `${error.code}: ${error.message}` : String(error) };
    }
    history.replaceState(null, '', tokens.returnTo);
    const provider = tokens.endSession
      ? { endSession: tokens.endSession, clientId: config.signIn.clientId, idToken: tokens.idToken }
      : undefined;
    signIn({ ...claims, ...(provider ? { provider } : {}) });
    return null;
  } catch (error) {
    if (error instanceof SignInRefused) return { key: REASONS[error.reason], ...(error.message ? { detail: error.message } : {}) };
    return { key: 'oidcFailed', detail: String((error as Error).message) };
  }
};

/** "Sign in with <provider>", and at the callback address, the end of that sign-in or why it was refused. */
export const ProviderSignIn = ({ config }: { config: ProviderSignInConfig }) => {
  const atCallback = location.pathname === config.signIn.redirectPath;
  const [busy, setBusy] = useState<Key | null>(atCallback ? 'oidcFinishing' : null);
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    if (!atCallback) return;
    const callback = new URL(location.href);
    // The code is good once: it leaves the address bar (and the history) before anything else.
    history.replaceState(null, '', '/');
    void finish(config, callback).then((refused) => {
      setBusy(null);
      setProblem(refused);
    });
  }, []);
  const go = () => {
    setBusy('oidcRedirecting');
    setProblem(null);
    flow()
      .then(({ startSignIn }) => startSignIn({ issuer: config.issuer, ...config.signIn }, location.pathname + location.search))
      .catch((error: Error) => {
        setBusy(null);
        setProblem({ key: 'oidcFailed', detail: error.message });
      });
  };
  return (
    <div class="provider-sign-in">
      <button type="button" class="primary" onClick={go} disabled={busy !== null} aria-describedby="provider-error">
        {t('oidcSignIn')} {new URL(config.issuer).host}
      </button>
      {busy && (
        <p role="status" aria-busy="true">
          {t(busy)}
        </p>
      )}
      {problem && (
        <p id="provider-error" class="field-error" role="alert">
          {t(problem.key)}
          {problem.detail ? ` (${problem.detail})` : ''}
        </p>
      )}
    </div>
  );
};
