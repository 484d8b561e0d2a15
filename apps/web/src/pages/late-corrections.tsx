import { Link } from 'wouter-preact';
import { Loaded, path } from '../components';
import { dateTime, num } from '../format';
import { t } from '../i18n';
import { useQuery } from '../use-query';

interface Correction {
  task: { id: string; title: string } | null;
  plan: { id: string; number: string | null };
  reportId: string;
  reportedAt: string;
  reportingDeadline: string | null;
  percentComplete: number | null;
  previousPercentComplete: number | null;
  reason: string;
  correctedBy: { name: string };
  recordedAt: string;
}

const QUERY = `{ lateReportCorrections { task { id title } plan { id number } reportId reportedAt reportingDeadline
  percentComplete previousPercentComplete reason correctedBy { name } recordedAt } }`;

/** Reports corrected after their reporting deadline: the deadline against when the correction was recorded. */
export const LateCorrections = () => {
  const state = useQuery<{ lateReportCorrections: Correction[] }>(QUERY, {});
  return (
    <>
      <h2>{t('lateCorrections')}</h2>
      <Loaded state={state}>
        {({ lateReportCorrections: rows }) =>
          rows.length === 0 ? (
            <p>{t('none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('task')}</th>
                  <th scope="col">{t('reportId')}</th>
                  <th scope="col">{t('deadline')}</th>
                  <th scope="col">{t('recordedAt')}</th>
                  <th scope="col">{t('percent')}</th>
                  <th scope="col">{t('reason')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={i}>
                    <th scope="row">
                      {r.task ? (
                        <Link href={path('/tasks', r.task.id)}>{r.task.title}</Link>
                      ) : (
                        <Link href={path('/plans', r.plan.id)}>{r.plan.number ?? r.plan.id}</Link>
                      )}
                    </th>
                    <td>{r.reportId}</td>
                    <td>{dateTime(r.reportingDeadline)}</td>
                    <td>{dateTime(r.recordedAt)}</td>
                    <td>
                      {num(r.previousPercentComplete)} → {num(r.percentComplete)}
                    </td>
                    <td>
                      {r.reason} ({r.correctedBy.name})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
    </>
  );
};
