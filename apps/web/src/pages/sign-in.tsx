import { useState } from 'preact/hooks';
import { ApiError, gql } from '../api';
import { t } from '../i18n';
import { claimsOf, signIn } from '../session';

/** The embedded default's sign-in: paste a development token; the platform checks it before we keep it. */
export const SignIn = () => {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const token = value.trim();
    const claims = claimsOf(token);
    if (!claims) return setProblem(t('tokenInvalid'));
    try {
      await gql('{ directives { id } }', {}, token);
      signIn(claims);
    } catch (error) {
      setProblem(error instanceof ApiError && error.code ? `${t('tokenInvalid')} (${error.code})` : String((error as Error).message));
    }
  };
  return (
    <section class="sign-in">
      <h1>{t('signIn')}</h1>
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
          <p>{t('tokenHelp')}</p>
          <pre>
            <code>
              npm run -s token -- ANALYST{'\n'}npm run -s token -- PROVINCE ha-nam{'\n'}npm run -s token -- AUDITOR
            </code>
          </pre>
          <p>{t('tokenRoles')}</p>
          <p>{t('oidcMissing')}</p>
        </div>
        <button type="submit">{t('signIn')}</button>
      </form>
    </section>
  );
};
