import { useState } from 'preact/hooks';
import { useLocation, useSearch } from 'wouter-preact';
import { gql } from '../api';
import { Loaded } from '../components';
import { dateTime } from '../format';
import { lang, t } from '../i18n';
import { useQuery } from '../use-query';
import { GapCell } from './gap';
import { LateCorrections } from './late-corrections';
import { unitIdsIn, useUnitNames } from './unit-names';
import { Verification } from './verification';

interface Entry {
  position: string;
  type: string;
  stream: string;
  actor: { name: string; role: string };
  occurredAt: string;
  recordedAt: string;
  recordedBy: string;
  revision: number;
  chainHash: string | null;
  data: Record<string, unknown>;
}

// A page of 40 keeps each request under the platform's query cost limit; "more" asks for the next.
const PAGE = 40;
const QUERY = `query Trail($entity: ID!, $after: String) { auditTrail(entity: $entity, first: ${PAGE}, after: $after) {
  position type stream actor { name role } occurredAt recordedAt recordedBy revision chainHash data
} }`;

const EVENT_NAMES: Record<string, [string, string]> = {
  PlanIssued: ['Ban hành kế hoạch', 'Plan issued'],
  PlanCorrected: ['Đính chính kế hoạch', 'Plan corrected'],
  TaskDefined: ['Xác định nhiệm vụ', 'Task defined'],
  TaskAssigned: ['Phân công', 'Task assigned'],
  TaskDeadlineChanged: ['Thay đổi thời hạn', 'Deadline changed'],
  ProgressReported: ['Báo cáo tiến độ', 'Progress reported'],
  ProgressReportCorrected: ['Đính chính báo cáo', 'Report corrected'],
  TaskCompleted: ['Hoàn thành nhiệm vụ', 'Task completed'],
  TaskCancelled: ['Hủy nhiệm vụ', 'Task cancelled'],
  TaskCorrected: ['Đính chính nhiệm vụ', 'Task corrected'],
};

/** Who was assigned, by whom: the units an assignment names (by name, where the platform knows the id), when the event carries them. */
const whatItSays = (data: Record<string, unknown>, names: ReadonlyMap<string, string>): string => {
  const parts: string[] = [];
  const named = (value: unknown) => (typeof value === 'string' ? (names.get(value) ?? value) : value);
  for (const key of ['leadUnitIds', 'coordinatorUnitIds', 'unitId', 'percentComplete', 'deadline', 'reason', 'summary', 'title']) {
    const value = data[key];
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    const shown =
      key.startsWith('leadUnit') || key.startsWith('coordinator') || key === 'unitId' ? [value].flat().map(named).join(', ') : value;
    parts.push(`${key}: ${typeof shown === 'object' ? JSON.stringify(shown) : String(shown)}`);
  }
  return parts.join(' · ');
};

const Timeline = ({ entity }: { entity: string }) => {
  const state = useQuery<{ auditTrail: Entry[] }>(QUERY, { entity, after: null });
  const [more, setMore] = useState<Entry[]>([]);
  const [end, setEnd] = useState(false);
  const names = useUnitNames([...(state.data?.auditTrail ?? []), ...more].flatMap((e) => unitIdsIn(e.data)));
  const loadMore = async (last: string) => {
    const next = await gql<{ auditTrail: Entry[] }>(QUERY, { entity, after: last });
    setMore((m) => [...m, ...next.auditTrail]);
    if (next.auditTrail.length < PAGE) setEnd(true);
  };
  return (
    <Loaded state={state}>
      {({ auditTrail: first }) => {
        const entries = [...first, ...more];
        return entries.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <>
            <ol class="timeline">
              {entries.map((e) => (
                <li key={e.position} data-type={e.type}>
                  <h3>
                    {EVENT_NAMES[e.type]?.[lang.value === 'en' ? 1 : 0] ?? e.type} <small class="event-type">{e.type}</small>
                  </h3>
                  <p>
                    {t('actor')}: <strong>{e.actor.name}</strong> ({e.actor.role}) · {t('recordedBy')}: {e.recordedBy}
                  </p>
                  <p>{whatItSays(e.data, names)}</p>
                  <table class="times">
                    <tbody>
                      <tr>
                        <th scope="row">{t('occurredAt')}</th>
                        <td>{dateTime(e.occurredAt)}</td>
                        <th scope="row">{t('recordedAt')}</th>
                        <td>{dateTime(e.recordedAt)}</td>
                        <th scope="row">{t('gap')}</th>
                        <GapCell occurredAt={e.occurredAt} recordedAt={e.recordedAt} />
                      </tr>
                    </tbody>
                  </table>
                  <details>
                    <summary>
                      {t('chain')}: {e.stream} #{e.revision} {e.chainHash ? e.chainHash.slice(0, 12) : t('unchained')}
                    </summary>
                    <pre>{JSON.stringify(e.data, null, 2)}</pre>
                  </details>
                </li>
              ))}
            </ol>
            {first.length === PAGE && !end && (
              <button type="button" onClick={() => void loadMore(entries[entries.length - 1]!.position)}>
                {t('more')}
              </button>
            )}
          </>
        );
      }}
    </Loaded>
  );
};

/** The auditor's page: any task, plan, unit or official as a timeline (?entity=), late corrections, verification. */
export const AuditPage = () => {
  const entity = new URLSearchParams(useSearch()).get('entity') ?? '';
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState(entity);
  return (
    <section>
      <h1>{t('audit')}</h1>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(`/audit?entity=${encodeURIComponent(draft.trim())}`);
        }}
      >
        <div>
          <label for="entity">{t('entity')}</label>
          <input
            id="entity"
            value={draft}
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
            placeholder="ha-nam.2811-kh-ubnd"
          />
        </div>
        <button type="submit">{t('show')}</button>
      </form>
      {entity && <Timeline key={entity} entity={entity} />}
      <h2>{t('verification')}</h2>
      <Verification />
      <LateCorrections />
    </section>
  );
};
