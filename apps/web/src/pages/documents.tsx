import { useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { gql } from '../api';
import { Loaded, path } from '../components';
import { uploadDocument } from '../documents';
import { dateTime, num } from '../format';
import { session } from '../session';
import { useQuery } from '../use-query';
import type { DocumentDraft } from '../review/draft';
import { w } from '../review/words';

type Listed = Pick<DocumentDraft, 'id' | 'fileName' | 'status' | 'receivedAt' | 'uploadedBy' | 'edits' | 'recordedPlan' | 'size'> & {
  province: { id: string; name: string } | null;
};

const LIST = `query Drafts($province: ID) { documentDrafts(province: $province) {
  id fileName status receivedAt uploadedBy edits size province { id name } recordedPlan { id number } } }`;
const STATUS = `query Status($id: ID!) { documentDraft(id: $id) { status } }`;
const PROPOSE = `mutation Propose($sha: String!) { proposeDraft(documentSha256: $sha) { id status } }`;

/** A province's documents: upload one (the platform keeps the bytes, the reader drafts it), and every document received. */
export const DocumentsPage = () => {
  const current = session.value!;
  const writer = current.role === 'PROVINCE' || current.role === 'ADMIN';
  const list = useQuery<{ documentDrafts: Listed[] }>(LIST, { province: current.province });
  return (
    <section>
      <h1>{w('documents')}</h1>
      {writer && <UploadForm />}
      <h2>{w('drafts')}</h2>
      <Loaded state={list}>
        {({ documentDrafts }) =>
          documentDrafts.length === 0 ? (
            <p>{w('noDrafts')}</p>
          ) : (
            <div class="scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{w('fileName')}</th>
                    <th scope="col">{w('status')}</th>
                    <th scope="col">{w('received')}</th>
                    <th scope="col">{w('uploadedBy')}</th>
                    <th scope="col">{w('number')}</th>
                  </tr>
                </thead>
                <tbody>
                  {documentDrafts.map((d) => (
                    <tr key={d.id} data-status={d.status}>
                      <th scope="row">
                        <Link href={path('/documents', d.id)}>{d.fileName ?? d.id.slice(0, 12)}</Link> <small>({num(d.size)} B)</small>
                      </th>
                      <td>
                        <span class={`draft-status draft-${d.status.toLowerCase()}`}>{w(d.status)}</span>
                      </td>
                      <td>{dateTime(d.receivedAt)}</td>
                      <td>{d.uploadedBy}</td>
                      <td>
                        {d.recordedPlan ? (
                          <Link href={path('/plans', d.recordedPlan.id)}>{d.recordedPlan.number ?? d.recordedPlan.id}</Link>
                        ) : (
                          '—'
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
    </section>
  );
};

/** Upload, then propose the draft, then open the review; a refusal (the upload's or the reader's) shows beside the file. */
const UploadForm = () => {
  const current = session.value!;
  const [, navigate] = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const file = (form.elements.namedItem('file') as HTMLInputElement).files?.[0];
    const province = current.role === 'ADMIN' ? (form.elements.namedItem('province') as HTMLInputElement).value.trim() || null : null;
    if (!file) return setError(w('chooseFile'));
    setError(null);
    setBusy(true);
    try {
      const received = await uploadDocument(file, province);
      const known = received.alreadyReceived
        ? (await gql<{ documentDraft: { status: string } | null }>(STATUS, { id: received.sha256 })).documentDraft
        : null;
      // A document sent again keeps its review; only one never drafted is drafted now.
      if (!known || known.status === 'RECEIVED') await gql(PROPOSE, { sha: received.sha256 });
      navigate(path('/documents', received.sha256));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="upload" onSubmit={submit} noValidate aria-labelledby="upload-title" aria-busy={busy}>
      <h2 id="upload-title">{w('upload')}</h2>
      <div class="field">
        <label for="upload-file">{w('file')}</label>
        <input
          id="upload-file"
          name="file"
          type="file"
          accept=".txt,.md,.markdown,.docx,.pdf,text/plain,text/markdown,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'upload-file-error' : undefined}
        />
        {error && (
          <p class="field-error" id="upload-file-error" role="alert">
            {error}
          </p>
        )}
      </div>
      {current.role === 'ADMIN' && (
        <div class="field">
          <label for="upload-province">{w('uploadProvince')}</label>
          <input id="upload-province" name="province" />
        </div>
      )}
      <button type="submit" disabled={busy}>
        {busy ? w('uploading') : w('uploadSend')}
      </button>
    </form>
  );
};
