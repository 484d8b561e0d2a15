import { Link } from 'wouter-preact';
import { decode, Loaded, path } from '../components';
import { date, num, partialDate } from '../format';
import { t } from '../i18n';
import { session } from '../session';
import { SOURCE_FIELDS, SourceOfFact, type FactSource } from '../source';
import { useQuery } from '../use-query';
import { StatusBadge } from './status';

interface Plan {
  id: string;
  number: string | null;
  title: string;
  province: { id: string; name: string };
  issuer: { name: string };
  issuedOn: { value: string; precision: string };
  signedBy: string | null;
  implements: { id: string }[];
  parent: { id: string; number: string | null; title: string } | null;
  children: { id: string; number: string | null; title: string }[];
  lagFromDirectives: { directive: { id: string }; lag: { days: number | null; minDays: number; maxDays: number } }[];
  tasks: { id: string; code: string | null; title: string; status: string; deadline: { due: string | null; text: string | null } }[];
  targets: { id: string; text: string }[];
  warnings: string[];
  source: FactSource | null;
}

const QUERY = `query Plan($id: ID!) { plan(id: $id) {
  id number title province { id name } issuer { name } issuedOn { value precision } signedBy implements { id }
  parent { id number title } children { id number title }
  lagFromDirectives { directive { id } lag { days minDays maxDays } }
  tasks { id code title status deadline { due text } } targets { id text } warnings ${SOURCE_FIELDS}
} }`;

/** A plan: what it implements and how long after, where it sits in the cascade, and its tasks. */
export const PlanPage = ({ params }: { params: { id: string } }) => {
  const state = useQuery<{ plan: Plan | null }>(QUERY, { id: decode(params.id) });
  return (
    <Loaded state={state}>
      {({ plan }) =>
        !plan ? (
          <p role="alert">{t('notFound')}</p>
        ) : (
          <section>
            <h1>
              {t('plan')} {plan.number ?? ''} — {plan.province.name}
            </h1>
            <p class="lead">{plan.title}</p>
            <dl class="facts">
              <dt>{t('issuedOn')}</dt>
              <dd>{partialDate(plan.issuedOn)}</dd>
              <dt>{t('issuer')}</dt>
              <dd>{plan.issuer.name}</dd>
              <dt>{t('signedBy')}</dt>
              <dd>{plan.signedBy ?? '—'}</dd>
              <dt>{t('lag')}</dt>
              <dd>
                {plan.lagFromDirectives.map((l) => (
                  <div key={l.directive.id}>
                    <Link href={path('/decisions', l.directive.id)}>{l.directive.id}</Link>:{' '}
                    {l.lag.days !== null
                      ? `${num(l.lag.days)} ${t('days')}`
                      : `${num(l.lag.minDays)} – ${num(l.lag.maxDays)} ${t('days')} (${t('lagRange')})`}
                  </div>
                ))}
              </dd>
              {plan.parent && (
                <>
                  <dt>{t('parentPlan')}</dt>
                  <dd>
                    <Link href={path('/plans', plan.parent.id)}>{plan.parent.number ?? plan.parent.title}</Link>
                  </dd>
                </>
              )}
              {plan.children.length > 0 && (
                <>
                  <dt>{t('childPlans')}</dt>
                  <dd>
                    {plan.children.map((c) => (
                      <div key={c.id}>
                        <Link href={path('/plans', c.id)}>{c.number ?? c.title}</Link>
                      </div>
                    ))}
                  </dd>
                </>
              )}
              {plan.warnings.length > 0 && (
                <>
                  <dt>{t('warnings')}</dt>
                  <dd>{plan.warnings.join('; ')}</dd>
                </>
              )}
            </dl>
            <h2>{t('source')}</h2>
            <SourceOfFact source={plan.source} provinceId={plan.province.id} />
            <h2>{t('tasks')}</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('code')}</th>
                  <th scope="col">{t('task')}</th>
                  <th scope="col">{t('deadline')}</th>
                  <th scope="col">{t('status')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.tasks.map((task) => (
                  <tr key={task.id}>
                    <td>{task.code ?? ''}</td>
                    <th scope="row">
                      <Link href={path('/tasks', task.id)}>{task.title}</Link>
                    </th>
                    <td>{task.deadline.due ? date(task.deadline.due) : (task.deadline.text ?? '—')}</td>
                    <td>
                      <StatusBadge status={task.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {(session.value?.role === 'AUDITOR' || session.value?.role === 'ADMIN') && (
              <p>
                <Link href={`/audit?entity=${encodeURIComponent(plan.id)}`}>{t('audit')}</Link>
              </p>
            )}
            {plan.targets.length > 0 && (
              <>
                <h2>{t('targets')}</h2>
                <ul>
                  {plan.targets.map((x) => (
                    <li key={x.id}>{x.text}</li>
                  ))}
                </ul>
              </>
            )}
          </section>
        )
      }
    </Loaded>
  );
};
