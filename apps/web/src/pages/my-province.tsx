import { Link } from 'wouter-preact';
import { Loaded, path } from '../components';
import { num, partialDate } from '../format';
import { t } from '../i18n';
import { session } from '../session';
import { useQuery } from '../use-query';
import { StatusBadge } from './status';

interface Plan {
  id: string;
  number: string | null;
  title: string;
  issuedOn: { value: string; precision: string };
  tasks: { id: string; code: string | null; title: string; status: string }[];
}

const QUERY = `query Mine($province: ID) { directives { id plans(province: $province) { id number title issuedOn { value precision } tasks { id code title status } } } }`;

/** A provincial officer's page: the province's plans under each decision and their tasks, each a link to its forms. */
export const MyProvince = () => {
  const province = session.value?.province ?? null;
  const state = useQuery<{ directives: { id: string; plans: Plan[] }[] }>(QUERY, { province });
  return (
    <section>
      <h1>
        {t('myPlans')}: {province}
      </h1>
      <Loaded state={state}>
        {({ directives }) => {
          const seen = new Set<string>();
          const plans = directives.flatMap((d) => d.plans.filter((p) => !seen.has(p.id) && seen.add(p.id)));
          return plans.length === 0 ? (
            <p>{t('noPlan')}</p>
          ) : (
            <>
              {plans.map((p) => (
                <article key={p.id} class="plan-card">
                  <h2>
                    <Link href={path('/plans', p.id)}>{p.number ?? p.title}</Link> — {partialDate(p.issuedOn)}
                  </h2>
                  <p>{p.title}</p>
                  <details>
                    <summary>
                      {t('tasks')}: {num(p.tasks.length)}
                    </summary>
                    <ul>
                      {p.tasks.map((task) => (
                        <li key={task.id}>
                          <Link href={path('/tasks', task.id)}>
                            {task.code ? `${task.code}. ` : ''}
                            {task.title}
                          </Link>{' '}
                          <StatusBadge status={task.status} />
                        </li>
                      ))}
                    </ul>
                  </details>
                </article>
              ))}
            </>
          );
        }}
      </Loaded>
    </section>
  );
};
