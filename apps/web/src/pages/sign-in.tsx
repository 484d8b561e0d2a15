import { useEffect, useState } from 'preact/hooks';
import { ApiError, gql } from '../api';
import { t } from '../i18n';
import { claimsOf, DEVELOPMENT_CLAIMS, signIn } from '../session';
import { ProviderSignIn, type ProviderSignInConfig } from './provider-sign-in';

interface WebConfig {
  oidc: (Omit<ProviderSignInConfig, 'signIn'> & { signIn: ProviderSignInConfig['signIn'] | null }) | null;
}

/** Which tokens the platform accepts: development tokens, or an OpenID Connect provider's. */
const useWebConfig = (): WebConfig | null => {
  const [config, setConfig] = useState<WebConfig | null>(null);
  useEffect(() => {
    fetch('/web-config.json').then(
      (r) => (r.ok ? (r.json() as Promise<WebConfig>) : Promise.resolve({ oidc: null })).then(setConfig),
      () => setConfig({ oidc: null }),
    );
  }, []);
  return config;
};

/**
 * The embedded default's sign-in: paste a development token; the platform checks it before we keep it.
 * With a provider whose public client is configured, "sign in with <provider>" comes first (by
 * redirect), and pasting one of its access tokens stays possible below.
 */
export const SignIn = () => {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const config = useWebConfig();
  const oidc = config?.oidc ?? null;
  const submit = async (event: Event) => {
    event.preventDefault();
    const token = value.trim();
    const claims = claimsOf(token, oidc ? { role: oidc.roleClaim, province: oidc.provinceClaim } : DEVELOPMENT_CLAIMS);
    if (!claims) return setProblem(t('tokenInvalid'));
    try {
      await gql('{ directives { id } }', {}, token);
      signIn(claims);
    } catch (error) {
      setProblem(error instanceof ApiError && error.code ? `${t('tokenInvalid')} (${error.code})` : String((error as Error).message));
    }
  };
  const redirect = oidc?.signIn ? { ...oidc, signIn: oidc.signIn } : null;
  const form = (
    <form onSubmit={submit}>
      <label for="token">{t('token')}</label>
      <textarea
        id="token"
        name="token"
        rows={4}
        required
        autocomplete="off"
        spellcheck={false}
        value={value}
        aria-describedby="token-help token-error"
        aria-invalid={problem ? 'true' : undefined}
        onInput={(e) => setValue((e.target as HTMLTextAreaElement).value)}
      />
      {problem && (
        <p id="token-error" class="field-error" role="alert">
          {problem}
        </p>
      )}
      <div id="token-help" class="help">
        {oidc ? (
          <p>
            {t('oidcToken')} <strong>{oidc.issuer}</strong>. {t('oidcMissing')}
          </p>
        ) : (
          <>
            <p>{t('tokenHelp')}</p>
            <pre>
              <code>{['ANALYST', 'PROVINCE ha-nam', 'AUDITOR'].map((r) => `npm run -s token -- ${r}`).join('\n')}</code>
            </pre>
            <p>{t('tokenRoles')}</p>
          </>
        )}
      </div>
      <button type="submit">{t('signIn')}</button>
    </form>
  );
  return (
    <section class="sign-in">
      <h1>{t('signIn')}</h1>
      {redirect ? (
        <>
          <ProviderSignIn config={redirect} />
          <details>
            <summary>{t('oidcPaste')}</summary>
            {form}
          </details>
        </>
      ) : (
        form
      )}
    </section>
  );
};
