import { Link } from 'wouter-preact';
import { decode, Loaded, path } from '../components';
import { date, dateTime, num } from '../format';
import { t } from '../i18n';
import { session } from '../session';
import { SOURCE_FIELDS, SourceOfFact, type FactSource } from '../source';
import { useQuery } from '../use-query';
import { GapCell } from './gap';
import { roleName, StatusBadge } from './status';
import { TaskForms } from './task-forms';

export interface Task {
  id: string;
  code: string | null;
  title: string;
  status: string;
  plan: { id: string; number: string | null; title: string; province: { id: string; name: string } };
  deadline: { kind: string; due: string | null; text: string | null };
  originalDeadline: { due: string | null; text: string | null };
  deadlineHistory: {
    deadline: { due: string | null; text: string | null };
    reason: string | null;
    changedBy: { name: string } | null;
    occurredAt: string;
    recordedAt: string;
  }[];
  assignments: {
    unit: { id: string; name: string };
    role: string;
    assignedBy: { name: string; role: string };
    occurredAt: string;
    recordedAt: string;
  }[];
  progress: {
    id: string;
    unit: { name: string };
    reportedBy: { name: string; role: string };
    percentComplete: number | null;
    status: string;
    summary: string | null;
    occurredAt: string;
    recordedAt: string;
  }[];
  targetAttainment: { target: { id: string; text: string }; value: number | null; attainment: string }[];
  warnings: string[];
  source: FactSource | null;
}

const QUERY = `query Task($id: ID!) { task(id: $id) {
  id code title status plan { id number title province { id name } }
  deadline { kind due text } originalDeadline { due text }
  deadlineHistory { deadline { due text } reason changedBy { name } occurredAt recordedAt }
  assignments { unit { id name } role assignedBy { name role } occurredAt recordedAt }
  progress { id unit { name } reportedBy { name role } percentComplete status summary occurredAt recordedAt }
  targetAttainment { target { id text } value attainment } warnings ${SOURCE_FIELDS}
} }`;

const deadlineText = (d: { due: string | null; text: string | null }) =>
  [d.due ? date(d.due) : null, d.text].filter(Boolean).join(' — ') || '—';

/** A task: its deadline and how it moved, who was assigned by whom, every report, its targets; a province may report here. */
export const TaskPage = ({ params }: { params: { id: string } }) => {
  const state = useQuery<{ task: Task | null }>(QUERY, { id: decode(params.id) });
  const current = session.value;
  return (
    <Loaded state={state}>
      {({ task }) =>
        !task ? (
          <p role="alert">{t('notFound')}</p>
        ) : (
          <section>
            <p>
              <Link href={path('/plans', task.plan.id)}>
                ← {task.plan.number ?? task.plan.title} ({task.plan.province.name})
              </Link>
            </p>
            <h1>
              {task.code ? `${task.code}. ` : ''}
              {task.title}
            </h1>
            <dl class="facts">
              <dt>{t('status')}</dt>
              <dd>
                <StatusBadge status={task.status} />
              </dd>
              <dt>{t('deadline')}</dt>
              <dd>{deadlineText(task.deadline)}</dd>
              <dt>{t('originalDeadline')}</dt>
              <dd>{deadlineText(task.originalDeadline)}</dd>
              {task.warnings.length > 0 && (
                <>
                  <dt>{t('warnings')}</dt>
                  <dd>{task.warnings.join('; ')}</dd>
                </>
              )}
            </dl>
            <h2>{t('source')}</h2>
            <SourceOfFact source={task.source} provinceId={task.plan.province.id} />
            <h2>{t('deadlineHistory')}</h2>
            {task.deadlineHistory.length === 0 ? (
              <p>{t('none')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('deadline')}</th>
                    <th scope="col">{t('reason')}</th>
                    <th scope="col">{t('occurredAt')}</th>
                    <th scope="col">{t('recordedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {task.deadlineHistory.map((h, i) => (
                    <tr key={i}>
                      <td>{deadlineText(h.deadline)}</td>
                      <td>{h.reason ?? '—'}</td>
                      <td>{dateTime(h.occurredAt)}</td>
                      <td>{dateTime(h.recordedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <h2>{t('assignments')}</h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('unit')}</th>
                  <th scope="col">{t('role')}</th>
                  <th scope="col">{t('assignedBy')}</th>
                  <th scope="col">{t('occurredAt')}</th>
                  <th scope="col">{t('recordedAt')}</th>
                  <th scope="col">{t('gap')}</th>
                </tr>
              </thead>
              <tbody>
                {task.assignments.map((a, i) => (
                  <tr key={i}>
                    <th scope="row">{a.unit.name}</th>
                    <td>{roleName(a.role)}</td>
                    <td>
                      {a.assignedBy.name} ({a.assignedBy.role})
                    </td>
                    <td>{dateTime(a.occurredAt)}</td>
                    <td>{dateTime(a.recordedAt)}</td>
                    <GapCell occurredAt={a.occurredAt} recordedAt={a.recordedAt} />
                  </tr>
                ))}
              </tbody>
            </table>
            <h2>{t('reports')}</h2>
            {task.progress.length === 0 ? (
              <p>{t('none')}</p>
            ) : (
              <table class="reports">
                <thead>
                  <tr>
                    <th scope="col">{t('unit')}</th>
                    <th scope="col">{t('reportedBy')}</th>
                    <th scope="col">{t('percent')}</th>
                    <th scope="col">{t('status')}</th>
                    <th scope="col">{t('summary')}</th>
                    <th scope="col">{t('occurredAt')}</th>
                    <th scope="col">{t('recordedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {task.progress.map((r) => (
                    <tr key={r.id}>
                      <th scope="row">{r.unit.name}</th>
                      <td>{r.reportedBy.name}</td>
                      <td>{num(r.percentComplete)}</td>
                      <td>
                        <StatusBadge status={r.status} />
                      </td>
                      <td>{r.summary ?? ''}</td>
                      <td>{dateTime(r.occurredAt)}</td>
                      <td>{dateTime(r.recordedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <h2>{t('targets')}</h2>
            {task.targetAttainment.length === 0 ? (
              <p>{t('none')}</p>
            ) : (
              <ul>
                {task.targetAttainment.map((x) => (
                  <li key={x.target.id}>
                    {x.target.text}: {num(x.value)} ({x.attainment})
                  </li>
                ))}
              </ul>
            )}
            {current && (current.role === 'ADMIN' || (current.role === 'PROVINCE' && current.province === task.plan.province.id)) && (
              <TaskForms task={task} onRecorded={state.reload} />
            )}
            {current && (current.role === 'AUDITOR' || current.role === 'ADMIN') && (
              <p>
                <Link href={`/audit?entity=${encodeURIComponent(task.id)}`}>{t('audit')}</Link>
              </p>
            )}
          </section>
        )
      }
    </Loaded>
  );
};
