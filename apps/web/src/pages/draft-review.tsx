import { useEffect, useState } from 'preact/hooks';
import { Link, useSearch } from 'wouter-preact';
import { ApiError, gql } from '../api';
import { decode, Loaded } from '../components';
import { documentText, downloadDocument } from '../documents';
import { dateTime } from '../format';
import { session } from '../session';
import { useQuery } from '../use-query';
import { AddTask } from '../review/add-task';
import { Decide } from '../review/decide';
import { DocumentText } from '../review/document-text';
import { DRAFT_FIELDS, fieldOfEditError, linesOfText, spanOfParam, type DocumentDraft, type Edit, type Span } from '../review/draft';
import { HeaderCard } from '../review/header-card';
import { TaskCard, type ApplyEdits } from '../review/task-card';
import { w } from '../review/words';
import '../review/review.css';

const QUERY = `query Review($id: ID!) { documentDraft(id: $id) { ${DRAFT_FIELDS} } }`;
const UNITS = `query Units($province: ID!) { orgUnits(province: $province) { id name } }`;
const EDIT = `mutation Edit($id: ID!, $edits: [DraftEditInput!]!) { editDraft(id: $id, edits: $edits) { ${DRAFT_FIELDS} } }`;
const PROPOSE = `mutation Propose($sha: String!) { proposeDraft(documentSha256: $sha) { ${DRAFT_FIELDS} } }`;

/** May this session change the review? The platform decides; this only hides controls it would refuse. */
const mayReview = (review: DocumentDraft) => {
  const current = session.value;
  if (!current) return false;
  return current.role === 'ADMIN' || (current.role === 'PROVINCE' && review.province?.id === current.province);
};

/** The review screen: the document's text beside the drafted facts; a fact selected shows its lines. */
export const DraftReview = ({ params }: { params: { id: string } }) => {
  const id = decode(params.id);
  const state = useQuery<{ documentDraft: DocumentDraft | null }>(QUERY, { id });
  return (
    <Loaded state={state}>
      {({ documentDraft }) => (documentDraft ? <Review initial={documentDraft} /> : <p role="alert">{w('noDrafts')}</p>)}
    </Loaded>
  );
};

const Review = ({ initial }: { initial: DocumentDraft }) => {
  const [review, setReview] = useState(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const search = useSearch();
  const draft = review.draft;
  const lineCount = draft ? draft.document.text.split('\n').length : 0;
  const lines = new URLSearchParams(search).get('lines');
  const [selected, setSelected] = useState<Span | null>(() => spanOfParam(lines, lineCount));
  // Lines last selected in the text (the lines of a task to add), and the task just added (its editor opens).
  const [picked, setPicked] = useState<Span | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const units = useQuery<{ orgUnits: { id: string; name: string }[] }>(UNITS, { province: review.province?.id ?? '' }, !review.province);
  const registered = units.data?.orgUnits ?? [];
  const editable = review.status === 'PROPOSED' && mayReview(review);
  useEffect(() => setReview(initial), [initial]);

  const apply: ApplyEdits = async (edits: Edit[], explain) => {
    setNotice(null);
    try {
      const answer = await gql<{ editDraft: DocumentDraft }>(EDIT, { id: review.id, edits: edits.map((e) => e.input) });
      setReview(answer.editDraft);
      setNotice(w('editSaved'));
      return {};
    } catch (e) {
      const field = (e instanceof ApiError ? fieldOfEditError(edits, e.field) : null) ?? 'form';
      return { [field]: (e instanceof ApiError && explain?.(e.code, field)) || (e as Error).message };
    }
  };
  const propose = async () => {
    setError(null);
    try {
      setReview((await gql<{ proposeDraft: DocumentDraft }>(PROPOSE, { sha: review.id })).proposeDraft);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  /** A gap's link: select its task, show its lines, and put the keyboard on it. */
  const go = (taskRef: string | null) => {
    const task = draft?.tasks.find((x) => x.ref === taskRef);
    if (task) setSelected(task.source);
    const target = document.getElementById(task ? `task-${task.ref}` : 'draft-header');
    target?.scrollIntoView({ block: 'center' });
    target?.querySelector<HTMLElement>('button, a')?.focus({ preventScroll: true });
  };
  const download = () => downloadDocument(review.documentUrl, review.fileName ?? review.id).catch((e: Error) => setError(e.message));

  return (
    <section class="review">
      <p>
        <Link href="/documents">← {w('back')}</Link>
      </p>
      <h1>
        {w('review')}: {review.fileName ?? review.id}
      </h1>
      <p class="lead">
        {w(review.status)} — {review.province?.name ?? ''} — {w('received')} {dateTime(review.receivedAt)} ({w('uploadedBy')}{' '}
        {review.uploadedBy}){review.reader && ` — ${w('read')} ${review.reader.name} ${review.reader.version}`}{' '}
        <button type="button" class="link" onClick={download}>
          {w('download')}
        </button>
      </p>
      {notice && (
        <p role="status" class="ok">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" class="field-error">
          {error}
        </p>
      )}
      {!draft ? (
        <>
          {review.mediaType.startsWith('text/') ? <StoredText review={review} lines={lines} /> : <p>{w('noDraft')}</p>}
          {review.status === 'RECEIVED' && mayReview(review) && (
            <button type="button" onClick={propose}>
              {w('propose')}
            </button>
          )}
        </>
      ) : (
        <div class="review-grid">
          <DocumentText text={draft.document.text} selected={selected} onPick={editable ? setPicked : undefined} />
          <div class="drafted">
            <HeaderCard draft={draft} registered={registered} editable={editable} apply={apply} onSelect={setSelected} />
            <section aria-labelledby="draft-tasks-title">
              <h2 id="draft-tasks-title">
                {w('tasks')} ({draft.tasks.length})
              </h2>
              {draft.tasks.map((task) => (
                <TaskCard
                  key={task.ref}
                  task={task}
                  registered={registered}
                  selected={!!selected && selected.startLine === task.source.startLine && selected.endLine === task.source.endLine}
                  onSelect={setSelected}
                  editable={editable}
                  apply={apply}
                  opened={task.ref === added}
                />
              ))}
              {editable && (
                <AddTask
                  lines={linesOfText(draft.document.text)}
                  tasks={draft.tasks}
                  picked={picked}
                  apply={apply}
                  onSelect={setSelected}
                  onAdded={(ref) => {
                    setAdded(ref);
                    setPicked(null);
                    setNotice(w('taskAdded'));
                  }}
                />
              )}
            </section>
            <Decide review={review} onDecided={setReview} onGo={go} />
          </div>
        </div>
      )}
    </section>
  );
};

/**
 * A text document recorded without a draft of its own (the seed documents): its lines straight from the
 * stored file, which are the lines its facts' sources count, so an auditor still reaches the sentence.
 */
const StoredText = ({ review, lines }: { review: DocumentDraft; lines: string | null }) => {
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    documentText(review.documentUrl).then(setText, (e: Error) => setError(e.message));
  }, [review.documentUrl]);
  if (error)
    return (
      <p role="alert" class="error">
        {error}
      </p>
    );
  if (text === null) return <p aria-busy="true">…</p>;
  return (
    <>
      <p>{w('textOnly')}</p>
      <DocumentText text={text} selected={spanOfParam(lines, text.split('\n').length)} />
    </>
  );
};
