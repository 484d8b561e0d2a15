import { Loaded } from '../components';
import { dateTime, num } from '../format';
import { words } from '../i18n';
import { useQuery } from '../use-query';

interface State {
  lastRun: {
    at: string;
    verified: boolean;
    events: number;
    unchained: number;
    checkpointsChecked: number;
    checkpointsUnsigned: number;
    uncoveredEvents: number;
    finding: { kind: string; position: string; stream: string; revision: number; eventId: string; detail: string } | null;
    error: string | null;
  } | null;
  checkpointCount: number;
  checkpoints: { sequence: number | null; position: string; recordedAt: string; recordedBy: string; events: number; signed: boolean }[];
}

const QUERY = `{ verificationState(lastCheckpoints: 5) {
  lastRun { at verified events unchained checkpointsChecked checkpointsUnsigned uncoveredEvents
    finding { kind position stream revision eventId detail } error }
  checkpointCount checkpoints { sequence position recordedAt recordedBy events signed } } }`;

const w = words(
  {
    lastVerified: 'Lần kiểm chứng cuối',
    result: 'Kết quả',
    verified: 'Toàn bộ kho khớp chuỗi băm và các điểm kiểm tra',
    notVerified: 'KHÔNG khớp',
    notYet: 'Máy chủ này chưa kiểm chứng lần nào',
    events: 'Số sự kiện',
    unchained: 'Sự kiện chưa nối chuỗi',
    uncovered: 'Sự kiện chưa có điểm kiểm tra ký',
    unsigned: 'Điểm kiểm tra không kiểm được chữ ký (thiếu khóa)',
    finding: 'Phát hiện',
    checkpoints: 'Điểm kiểm tra đã ký (mới nhất trước)',
    sequence: 'Thứ tự',
    position: 'Vị trí',
    at: 'Ghi lúc',
    by: 'Ghi bởi',
    signed: 'Đã ký',
    yes: 'Có',
    no: 'Không',
    apart: 'Kiểm chứng độc lập với nền tảng: npm run -s monitor -- verify',
  },
  {
    lastVerified: 'Last verified',
    result: 'Result',
    verified: 'The whole store matches its hash chains and checkpoints',
    notVerified: 'does NOT verify',
    notYet: 'This server has not verified the store yet',
    events: 'Events',
    unchained: 'Unchained events',
    uncovered: 'Events no signed checkpoint covers',
    unsigned: 'Checkpoints whose signature could not be checked (no key)',
    finding: 'Finding',
    checkpoints: 'Signed checkpoints (newest first)',
    sequence: 'Sequence',
    position: 'Position',
    at: 'Recorded',
    by: 'Recorded by',
    signed: 'Signed',
    yes: 'Yes',
    no: 'No',
    apart: 'To verify apart from the platform: npm run -s monitor -- verify',
  },
);

/** The store's verification state: the platform's last run over the whole store, what it found, the latest checkpoints. */
export const Verification = () => {
  const state = useQuery<{ verificationState: State }>(QUERY, {});
  return (
    <Loaded state={state}>
      {({ verificationState: v }) => (
        <div class="verification">
          {!v.lastRun ? (
            <p>{w('notYet')}</p>
          ) : (
            <dl class="facts">
              <dt>{w('lastVerified')}</dt>
              <dd>{dateTime(v.lastRun.at)}</dd>
              <dt>{w('result')}</dt>
              <dd class={v.lastRun.verified ? 'ok' : 'error'}>
                {v.lastRun.verified ? w('verified') : `${w('notVerified')}${v.lastRun.error ? `: ${v.lastRun.error}` : ''}`}
              </dd>
              <dt>{w('events')}</dt>
              <dd>{num(v.lastRun.events)}</dd>
              <dt>{w('unchained')}</dt>
              <dd>{num(v.lastRun.unchained)}</dd>
              <dt>{w('uncovered')}</dt>
              <dd>{num(v.lastRun.uncoveredEvents)}</dd>
              <dt>{w('unsigned')}</dt>
              <dd>{num(v.lastRun.checkpointsUnsigned)}</dd>
              {v.lastRun.finding && (
                <>
                  <dt>{w('finding')}</dt>
                  <dd role="alert" class="error">
                    {v.lastRun.finding.kind} — {v.lastRun.finding.stream} #{v.lastRun.finding.revision} ({w('position')}{' '}
                    {v.lastRun.finding.position}): {v.lastRun.finding.detail}
                  </dd>
                </>
              )}
            </dl>
          )}
          <h3>
            {w('checkpoints')}: {num(v.checkpointCount)}
          </h3>
          {v.checkpoints.length > 0 && (
            <table>
              <thead>
                <tr>
                  <th scope="col">{w('sequence')}</th>
                  <th scope="col">{w('events')}</th>
                  <th scope="col">{w('at')}</th>
                  <th scope="col">{w('by')}</th>
                  <th scope="col">{w('signed')}</th>
                </tr>
              </thead>
              <tbody>
                {v.checkpoints.map((c) => (
                  <tr key={c.position}>
                    <th scope="row">#{c.sequence ?? '—'}</th>
                    <td>{num(c.events)}</td>
                    <td>{dateTime(c.recordedAt)}</td>
                    <td>{c.recordedBy}</td>
                    <td>{c.signed ? w('yes') : w('no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p class="help">{w('apart')}</p>
        </div>
      )}
    </Loaded>
  );
};
