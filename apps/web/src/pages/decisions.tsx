import { useLocation, useSearch } from 'wouter-preact';
import { Link } from 'wouter-preact';
import { Loaded, path } from '../components';
import { fold, partialDate } from '../format';
import { t } from '../i18n';
import { useQuery } from '../use-query';

interface Directive {
  id: string;
  kind: string;
  title: string;
  issuer: string;
  issuedOn: { value: string; precision: string };
  province: { id: string; name: string } | null;
}

const QUERY = '{ directives { id kind title issuer issuedOn { value precision } province { id name } } }';

/** The start page: the decisions under monitoring, searchable without diacritics (?q= keeps the search in the address). */
export const Decisions = () => {
  const state = useQuery<{ directives: Directive[] }>(QUERY, {});
  const search = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const q = search.get('q') ?? '';
  const matches = (d: Directive) => fold(`${d.id} ${d.title} ${d.issuer} ${d.kind} ${d.province?.name ?? ''}`).includes(fold(q));
  return (
    <section>
      <h1>{t('decisions')}</h1>
      <label for="search">{t('search')}</label>
      <input
        id="search"
        type="search"
        value={q}
        onInput={(e) => navigate(`/?q=${encodeURIComponent((e.target as HTMLInputElement).value)}`, { replace: true })}
      />
      <Loaded state={state}>
        {({ directives }) => {
          const shown = directives.filter(matches);
          return shown.length === 0 ? (
            <p>{t('noMatch')}</p>
          ) : (
            <table class="decisions">
              <thead>
                <tr>
                  <th scope="col">{t('number')}</th>
                  <th scope="col">{t('issuedOn')}</th>
                  <th scope="col">{t('title')}</th>
                  <th scope="col">{t('issuer')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">
                      <Link href={path('/decisions', d.id)}>{d.id}</Link>
                    </th>
                    <td>{partialDate(d.issuedOn)}</td>
                    <td>
                      {d.kind}: {d.title}
                    </td>
                    <td>{d.province ? `${d.issuer} (${d.province.name})` : d.issuer}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </Loaded>
    </section>
  );
};
