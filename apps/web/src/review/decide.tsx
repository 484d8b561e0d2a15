import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { ApiError, gql } from '../api';
import { path } from '../components';
import { dateTime } from '../format';
import { DRAFT_FIELDS, targetOfProblem, type DocumentDraft } from './draft';
import { w } from './words';

const APPROVE = `mutation Approve($id: ID!) { approveDraft(id: $id) { ${DRAFT_FIELDS} } }`;
const REJECT = `mutation Reject($id: ID!, $reason: String!) { rejectDraft(id: $id, reason: $reason) { ${DRAFT_FIELDS} } }`;

/** Where a problem's link leads: its task's card (or the header), focused so the keyboard is there too. */
const Gap = ({ field, message, onGo }: { field: string; message: string; onGo: (taskRef: string | null) => void }) => {
  const target = targetOfProblem(field);
  const anchor = target && 'taskRef' in target ? `task-${target.taskRef}` : 'draft-header';
  return (
    <li>
      <a
        href={`#${anchor}`}
        onClick={(e) => {
          e.preventDefault();
          onGo(target && 'taskRef' in target ? target.taskRef : null);
        }}
      >
        {target && 'taskRef' in target ? target.taskRef : field}
      </a>
      : {message}
    </li>
  );
};

/** Approve (every gap listed, each linked to its task) or reject with a reason; once decided, what was recorded. */
export const Decide = ({
  review,
  onDecided,
  onGo,
}: {
  review: DocumentDraft;
  onDecided: (d: DocumentDraft) => void;
  onGo: (taskRef: string | null) => void;
}) => {
  const [gaps, setGaps] = useState<{ field: string; message: string }[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  if (review.status === 'APPROVED') {
    return (
      <section class="decision" aria-labelledby="decision-title">
        <h2 id="decision-title">{w('APPROVED')}</h2>
        <p role="status" class="ok">
          {w('approved')}{' '}
          {review.recordedPlan && (
            <Link href={path('/plans', review.recordedPlan.id)}>{review.recordedPlan.number ?? review.recordedPlan.id}</Link>
          )}{' '}
          ({dateTime(review.decidedAt)}, {w('decidedBy')} {review.decidedBy})
        </p>
        {review.keptInDraftOnly.length > 0 && (
          <>
            <h3>{w('kept')}</h3>
            <ul>
              {review.keptInDraftOnly.map((k, i) => (
                <li key={i}>
                  {k.what}: {k.why}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    );
  }
  if (review.status === 'REJECTED') {
    return (
      <section class="decision">
        <h2>{w('REJECTED')}</h2>
        <p role="status">
          {w('rejected')} {review.rejectionReason} ({dateTime(review.decidedAt)}, {w('decidedBy')} {review.decidedBy})
        </p>
      </section>
    );
  }
  const approve = async () => {
    setError(null);
    setGaps([]);
    try {
      onDecided((await gql<{ approveDraft: DocumentDraft }>(APPROVE, { id: review.id })).approveDraft);
    } catch (e) {
      if (e instanceof ApiError && e.problems.length > 0) setGaps([...e.problems]);
      else setError((e as Error).message);
    }
  };
  const reject = async (event: Event) => {
    event.preventDefault();
    setReasonError(null);
    try {
      onDecided((await gql<{ rejectDraft: DocumentDraft }>(REJECT, { id: review.id, reason: reason.trim() })).rejectDraft);
    } catch (e) {
      setReasonError((e as Error).message);
    }
  };
  return (
    <section class="decision" aria-labelledby="decision-title">
      <h2 id="decision-title">{w('approve')}</h2>
      <p class="actions">
        <button type="button" class="primary" onClick={approve}>
          {w('approve')}
        </button>
      </p>
      {error && (
        <p role="alert" class="field-error">
          {error}
        </p>
      )}
      {gaps.length > 0 && (
        <div role="alert" class="gaps">
          <p>
            {w('approveGaps')} ({gaps.length}):
          </p>
          <ul>
            {gaps.map((g, i) => (
              <Gap key={i} field={g.field} message={g.message} onGo={onGo} />
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={reject} noValidate>
        <div class="field">
          <label for="reject-reason">{w('rejectReason')}</label>
          <textarea
            id="reject-reason"
            rows={2}
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
            aria-invalid={reasonError ? 'true' : undefined}
            aria-describedby={reasonError ? 'reject-reason-error' : undefined}
          />
          {reasonError && (
            <p class="field-error" id="reject-reason-error" role="alert">
              {reasonError}
            </p>
          )}
        </div>
        <button type="submit" class="danger">
          {w('reject')}
        </button>
      </form>
    </section>
  );
};
