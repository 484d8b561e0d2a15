import { Link, useSearch } from 'wouter-preact';
import { decode, Loaded, path } from '../components';
import { num, partialDate } from '../format';
import { t } from '../i18n';
import { useQuery } from '../use-query';
import { variablesOf, viewOf } from '../view';

interface PlanNode {
  id: string;
  number: string | null;
  title: string;
  issuedOn: { value: string; precision: string };
  tasks?: { id: string }[];
  children: PlanNode[];
}

// The cascade three levels deep: the province's plan, a department's plan under it, and one more.
const PLAN = 'id number title issuedOn { value precision } tasks { id }';
const QUERY = `query Drill($directive: ID!, $province: ID!, $asOf: DateTime, $knownAsOf: DateTime, $level: ProvinceLevel, $simulated: Boolean) {
  compareProvinces(directive: $directive, provinces: [$province], asOf: $asOf, knownAsOf: $knownAsOf, provinceLevel: $level, includeSimulated: $simulated) {
    rows { province { id name } memberProvinces { id name } plans { ${PLAN} children { ${PLAN} children { ${PLAN} children { id number title issuedOn { value precision } } } } } }
  }
}`;

const Cascade = ({ plans }: { plans: PlanNode[] }) => (
  <ul class="cascade">
    {plans.map((p) => (
      <li key={p.id}>
        <Link href={path('/plans', p.id)}>{p.number ?? p.title}</Link> — {partialDate(p.issuedOn)} — {p.title}
        {p.tasks && ` (${num(p.tasks.length)} ${t('tasks').toLowerCase()})`}
        {p.children?.length > 0 && <Cascade plans={p.children} />}
      </li>
    ))}
  </ul>
);

/** A province's plans for a decision, as a cascade (province plan → department plans), in the decision page's view. */
export const ProvincePlans = ({ params }: { params: { id: string; province: string } }) => {
  const directive = decode(params.id);
  const province = decode(params.province);
  const search = useSearch();
  const state = useQuery<{
    compareProvinces: { rows: { province: { name: string }; memberProvinces: { name: string }[]; plans: PlanNode[] }[] };
  }>(QUERY, {
    ...variablesOf(directive, viewOf(search)),
    province,
  });
  return (
    <section>
      <p>
        <Link href={`${path('/decisions', directive)}${search ? `?${search}` : ''}`}>← {directive}</Link>
      </p>
      <Loaded state={state}>
        {({ compareProvinces }) => {
          const row = compareProvinces.rows[0];
          if (!row) return <p>{t('notFound')}</p>;
          return (
            <>
              <h1>
                {row.province.name}: {t('plans').toLowerCase()} — {directive}
              </h1>
              {row.memberProvinces.length > 1 && <p>{row.memberProvinces.map((m) => m.name).join(', ')}</p>}
              {row.plans.length === 0 ? <p>{t('noPlan')}</p> : <Cascade plans={row.plans} />}
            </>
          );
        }}
      </Loaded>
    </section>
  );
};
