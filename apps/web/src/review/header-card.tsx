import { useState } from 'preact/hooks';
import { linesOf } from '../source';
import { draftDate, isoOfTyped, relinked, type Edit, type Link, type PlanDraft, type Span } from './draft';
import { Duties } from './duties';
import { fieldErrors } from './field-errors';
import type { ApplyEdits } from './task-card';
import { w } from './words';

type Doc = PlanDraft['document'];

/**
 * What the document implements or cites, each reference leading to its lines; while the draft is
 * reviewed, each moves to the other list or is dropped (the reader tells a basis from a mention by its
 * wording, and may be wrong: the lists decide which decisions' comparisons the plan appears in).
 */
const References = ({
  link,
  document: d,
  onSelect,
  relink,
}: {
  link: Link;
  document: Doc;
  onSelect: (s: Span) => void;
  relink: ((from: Link, index: number, to: Link | null) => void) | null;
}) => {
  const refs = d[link];
  const other: Link = link === 'implements' ? 'cites' : 'implements';
  return (
    <>
      <dt>{w(link)}</dt>
      <dd>
        {refs.length === 0
          ? w('none')
          : refs.map((r, i) => {
              const name = r.number ?? r.description;
              return (
                <div key={`${name}-${r.source.startLine}`} class="reference">
                  <button type="button" class="link" onClick={() => onSelect(r.source)}>
                    {name}
                  </button>
                  {r.number && r.directiveId === null ? ` (${w('unregistered')})` : ''} — {w('showLines')} {linesOf(r.source)}
                  {relink && (
                    <>
                      {' '}
                      <button type="button" aria-label={`${w(`moveTo-${other}`)}: ${name}`} onClick={() => relink(link, i, other)}>
                        {w(`moveTo-${other}`)}
                      </button>{' '}
                      <button type="button" aria-label={`${w('dropReference')}: ${name}`} onClick={() => relink(link, i, null)}>
                        {w('dropReference')}
                      </button>
                    </>
                  )}
                </div>
              );
            })}
      </dd>
    </>
  );
};

/** The document's header as drafted (date with its precision), what it implements and cites, its reporting duties and warnings. */
export const HeaderCard = ({
  draft,
  registered,
  editable,
  apply,
  onSelect,
}: {
  draft: PlanDraft;
  registered: readonly { id: string; name: string }[];
  editable: boolean;
  apply: ApplyEdits;
  onSelect: (s: Span) => void;
}) => {
  const d = draft.document;
  const [editing, setEditing] = useState(false);
  const [linkError, setLinkError] = useState<string | null>(null);
  const relink = async (from: Link, index: number, to: Link | null) => {
    const found = await apply(relinked(d, from, index, to));
    setLinkError(found['links'] ?? found['form'] ?? null);
  };
  return (
    <section class="draft-header" id="draft-header" aria-labelledby="draft-header-title">
      <h2 id="draft-header-title">{w('header')}</h2>
      <dl class="facts">
        <dt>{w('kind')}</dt>
        <dd>{d.kind ?? '—'}</dd>
        <dt>{w('number')}</dt>
        <dd>{d.number ?? '—'}</dd>
        <dt>{w('issuedOn')}</dt>
        <dd>
          {draftDate(d.issuedOn)}
          {d.issuedOn && ` (${w('precision')}: ${w(d.issuedOn.precision)})`}
          {d.place ? ` — ${d.place}` : ''}
        </dd>
        <dt>{w('issuer')}</dt>
        <dd>{d.issuer ? `${d.issuer.name}${d.issuer.unitId ? '' : ` (${w('unregistered')})`}` : '—'}</dd>
        <dt>{w('title')}</dt>
        <dd>{d.title ?? '—'}</dd>
        {d.horizon && (
          <>
            <dt>{w('horizon')}</dt>
            <dd>{d.horizon}</dd>
          </>
        )}
        <dt>{w('signer')}</dt>
        <dd>{d.signedBy ? [d.signedBy.title, d.signedBy.name].filter(Boolean).join(' ') || '—' : '—'}</dd>
        <References link="implements" document={d} onSelect={onSelect} relink={editable ? relink : null} />
        <References link="cites" document={d} onSelect={onSelect} relink={editable ? relink : null} />
        {draft.planTargets.length > 0 && (
          <>
            <dt>{w('targets')}</dt>
            <dd>{draft.planTargets.map((x) => x.text).join('; ')}</dd>
          </>
        )}
        {draft.reportingDuties.length > 0 && (
          <>
            <dt>{w('duties')}</dt>
            <dd>
              <Duties duties={draft.reportingDuties} registered={registered} editable={editable} apply={apply} onSelect={onSelect} />
            </dd>
          </>
        )}
      </dl>
      {linkError && (
        <p class="field-error" role="alert" id="links-error">
          {linkError}
        </p>
      )}
      {draft.flags.length > 0 && (
        <ul class="warnings" aria-label={w('warnings')}>
          {draft.flags.map((f, i) => (
            <li key={i}>
              <strong>{f.code}</strong>: {f.message}
            </li>
          ))}
        </ul>
      )}
      {editable &&
        (editing ? (
          <HeaderEditor document={d} registered={registered} apply={apply} onDone={() => setEditing(false)} />
        ) : (
          <p class="actions">
            <button type="button" onClick={() => setEditing(true)}>
              {w('edit')}: {w('header')}
            </button>
          </p>
        ))}
    </section>
  );
};

const FIELDS = ['kind', 'number', 'issuedOn', 'title', 'signedByName', 'signedByTitle'] as const;

/** SET_HEADER with the fields changed only (one left out is kept); the issuer chosen among the registered units. */
const HeaderEditor = ({
  document: d,
  registered,
  apply,
  onDone,
}: {
  document: Doc;
  registered: readonly { id: string; name: string }[];
  apply: ApplyEdits;
  onDone: () => void;
}) => {
  const initial: Record<(typeof FIELDS)[number], string> = {
    kind: d.kind ?? '',
    number: d.number ?? '',
    issuedOn: d.issuedOn ? draftDate(d.issuedOn) : '',
    title: d.title ?? '',
    signedByName: d.signedBy?.name ?? '',
    signedByTitle: d.signedBy?.title ?? '',
  };
  const [values, setValues] = useState(initial);
  const [issuer, setIssuer] = useState(d.issuer?.unitId ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = async (event: Event) => {
    event.preventDefault();
    const header: Record<string, unknown> = {};
    for (const f of FIELDS) {
      if (values[f].trim() !== initial[f]) header[f] = f === 'issuedOn' ? isoOfTyped(values[f]) || null : values[f].trim() || null;
    }
    // The signer is one fact: name and title go together.
    if ('signedByName' in header || 'signedByTitle' in header) {
      header['signedByName'] = values.signedByName.trim() || null;
      header['signedByTitle'] = values.signedByTitle.trim() || null;
    }
    const unit = registered.find((u) => u.id === issuer);
    if (unit && issuer !== (d.issuer?.unitId ?? '')) header['issuer'] = { name: unit.name, unitId: unit.id };
    if (Object.keys(header).length === 0) return onDone();
    const edits: Edit[] = [{ input: { op: 'SET_HEADER', header }, field: 'form' }];
    const found = await apply(edits);
    setErrors(found);
    if (Object.keys(found).length === 0) onDone();
  };
  const { described, errorOf } = fieldErrors('header', errors);
  const input = (f: (typeof FIELDS)[number], label: string) => (
    <div class="field" key={f}>
      <label for={`header-${f}`}>{label}</label>
      <input id={`header-${f}`} value={values[f]} onInput={(e) => setValues({ ...values, [f]: e.currentTarget.value })} {...described(f)} />
      {errorOf(f)}
    </div>
  );
  return (
    <form class="task-editor" onSubmit={save} noValidate>
      {errors['form'] && (
        <p class="field-error" role="alert">
          {errors['form']}
        </p>
      )}
      {input('kind', w('kind'))}
      {input('number', w('number'))}
      {input('issuedOn', `${w('issuedOn')} (dd/mm/yyyy, mm/yyyy, yyyy)`)}
      {input('title', w('title'))}
      <div class="field">
        <label for="header-issuer">{w('issuer')}</label>
        <select
          id="header-issuer"
          value={issuer}
          onChange={(e) => setIssuer(e.currentTarget.value)}
          aria-invalid={errors['issuer'] ? 'true' : undefined}
        >
          {!d.issuer?.unitId && <option value="">{d.issuer ? `${d.issuer.name} (${w('unregistered')})` : '—'}</option>}
          {registered.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        {errors['issuer'] && (
          <p class="field-error" role="alert">
            {errors['issuer']}
          </p>
        )}
      </div>
      {input('signedByName', w('signer'))}
      {input('signedByTitle', w('signerTitle'))}
      <p class="actions">
        <button type="submit">{w('save')}</button>
        <button type="button" onClick={onDone}>
          {w('cancel')}
        </button>
      </p>
    </form>
  );
};
