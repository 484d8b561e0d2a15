import { useEffect } from 'preact/hooks';
import { Link, useLocation, useSearch } from 'wouter-preact';
import { COLUMNS, COMPARISON, PLANS, rowsWithPlans, type Comparison, type PlansAnswer, type Row } from '../comparison';
import { decode, Loaded, path } from '../components';
import { downloadCsv, downloadXlsx, type Cell } from '../export';
import { date, num, partialDate, pct } from '../format';
import { t } from '../i18n';
import { LagChart } from '../lag-chart';
import { watchComparison } from '../live';
import { useQuery } from '../use-query';
import { variablesOf, viewOf } from '../view';
import { ViewFilters } from './view-filters';

const lagText = (r: Row) =>
  r.planLagDays !== null
    ? `${num(r.planLagDays)} ${t('days')}`
    : r.planLagMinDays !== null
      ? `${num(r.planLagMinDays)} – ${num(r.planLagMaxDays)} ${t('days')} (${t('lagRange')})`
      : '—';

const table = (rows: Row[]): Cell[][] => [COLUMNS.map((c) => t(c.key)), ...rows.map((r) => COLUMNS.map((c) => c.value(r)))];

/** A decision's page: provinces compared on every figure, for the view its address names. */
export const DecisionPage = ({ params }: { params: { id: string } }) => {
  const id = decode(params.id);
  const search = useSearch();
  const [, navigate] = useLocation();
  const view = viewOf(search);
  const variables = variablesOf(id, view);
  const state = useQuery<Comparison>(COMPARISON, variables);
  // The plans (large at national scale) are asked once the figures are in: the server answers the figures
  // first, and the browser draws them while the plans come.
  const plans = useQuery<PlansAnswer>(PLANS, variables, !state.data);
  // Figures update live; a view of the past (asOf/knownAsOf) does not change, so it is not watched.
  const { reload } = state;
  const reloadPlans = plans.reload;
  useEffect(
    () =>
      view.asOf || view.knownAsOf
        ? undefined
        : watchComparison(id, () => {
            reload();
            reloadPlans();
          }),
    [id, view.asOf, view.knownAsOf, reload, reloadPlans],
  );
  const fileName = `${id.replace(/[^\p{L}\p{N}-]+/gu, '_')}`;
  return (
    <section>
      <p>
        <Link href="/">← {t('back')}</Link>
      </p>
      <ViewFilters key={search} view={view} onChange={(query) => navigate(`${path('/decisions', id)}?${query}`)} />
      <Loaded state={state}>
        {({ directive, compareProvinces: c }) => {
          const rows = rowsWithPlans(c.rows, plans.data);
          const planless = rows.length > 0 && rows[0]!.plans === null;
          const query = search ? `?${search}` : '';
          return (
            <>
              <h1>
                {directive ? `${directive.kind} ${directive.id}` : id}
                <small>{directive ? ` — ${partialDate(directive.issuedOn)}` : ''}</small>
              </h1>
              {directive && <p class="lead">{directive.title}</p>}
              <p class="view-says" aria-live="polite" data-busy={state.loading ? 'true' : 'false'}>
                {t('asOf')}: {date(c.asOf)}
                {c.knownAsOf ? ` · ${t('knownAsOf')}: ${date(c.knownAsOf)}` : ''} ·{' '}
                {c.provinceLevel === 'SUCCESSORS' ? t('successors') : t('historical')}
                {c.includesSimulated ? ` · ${t('simulated')}` : ''}
              </p>
              <dl class="summary">
                <div>
                  <dt>{t('coverage')}</dt>
                  <dd>
                    {pct(c.coverageRate)} ({num(c.coverageDenominator.provinces - c.provincesWithoutPlan.length)}/
                    {num(c.coverageDenominator.provinces)})
                  </dd>
                </div>
                <div>
                  <dt>{t('tasks')}</dt>
                  <dd>{num(c.summary.tasks)}</dd>
                </div>
                <div>
                  <dt>{t('completedOnTime')}</dt>
                  <dd>{num(c.summary.completedOnTime)}</dd>
                </div>
                <div>
                  <dt>{t('completedLate')}</dt>
                  <dd>{num(c.summary.completedLate)}</dd>
                </div>
                <div>
                  <dt>{t('notYetDue')}</dt>
                  <dd>{num(c.summary.notCompletedWithinDeadline)}</dd>
                </div>
                <div>
                  <dt>{t('overdue')}</dt>
                  <dd>{num(c.summary.notCompletedOverdue)}</dd>
                </div>
                <div>
                  <dt>{t('cancelled')}</dt>
                  <dd>{num(c.summary.cancelled)}</dd>
                </div>
              </dl>
              <div class="actions">
                <button type="button" disabled={planless} onClick={() => downloadCsv(table(rows), `${fileName}.csv`)}>
                  {t('download')} CSV
                </button>
                <button type="button" disabled={planless} onClick={() => void downloadXlsx(table(rows), `${fileName}.xlsx`)}>
                  {t('download')} XLSX
                </button>
              </div>
              <div class="scroll">
                <table class="comparison">
                  <caption>{t('compare')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('province')}</th>
                      <th scope="col">{t('plans')}</th>
                      <th scope="col">{t('lag')}</th>
                      {COLUMNS.slice(5).map((col) => (
                        <th scope="col" key={col.key}>
                          {t(col.key)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={r.province.id} data-province={r.province.id}>
                        <th scope="row">
                          <Link href={`${path('/decisions', id, 'provinces', r.province.id)}${query}`}>{r.province.name}</Link>
                        </th>
                        <td aria-busy={r.plans === null ? 'true' : undefined}>
                          {r.plans === null && '…'}
                          {r.plans?.slice(0, 3).map((p) => (
                            <div key={p.id}>
                              <Link href={path('/plans', p.id)}>{p.number ?? `(${t('noNumber')})`}</Link> ({partialDate(p.issuedOn)})
                            </div>
                          ))}
                          {r.plans && r.plans.length > 3 && <div>+{num(r.plans.length - 3)}</div>}
                        </td>
                        <td class="lag">{lagText(r)}</td>
                        <td>{num(r.tasks)}</td>
                        <td>{num(r.summary.completedOnTime)}</td>
                        <td>{num(r.summary.completedLate)}</td>
                        <td>{num(r.summary.notCompletedWithinDeadline)}</td>
                        <td>{num(r.summary.notCompletedOverdue)}</td>
                        <td>{num(r.notStarted)}</td>
                        <td>{num(r.summary.cancelled)}</td>
                        <td>{pct(r.reportingRate)}</td>
                        <td>{pct(r.reportingOnTimeRate)}</td>
                        <td>{pct(r.targetAttainmentRate)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <LagChart rows={rows} />
              <details class="without-plan">
                <summary>
                  {t('withoutPlan')}: {num(c.provincesWithoutPlan.length)}
                </summary>
                <p>{c.provincesWithoutPlan.map((p) => p.name).join(', ') || t('none')}</p>
              </details>
            </>
          );
        }}
      </Loaded>
    </section>
  );
};
