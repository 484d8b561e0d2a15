import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { downloadDocument } from './documents';
import { num } from './format';
import { t } from './i18n';
import { session } from './session';

export interface FactSource {
  documentSha256: string;
  startLine: number;
  endLine: number;
  text: string;
  documentUrl: string;
}

/** The GraphQL selection every page asks for a fact's source with. */
export const SOURCE_FIELDS = 'source { documentSha256 startLine endLine text documentUrl }';

export const linesOf = (s: { startLine: number; endLine: number }) =>
  s.startLine === s.endLine ? num(s.startLine) : `${num(s.startLine)}–${num(s.endLine)}`;

/** Who may read a stored document (the platform checks again): AUDITOR, ADMIN and the document's own province. */
const mayReadDocument = (provinceId: string) => {
  const current = session.value;
  return (
    !!current &&
    (current.role === 'AUDITOR' || current.role === 'ADMIN' || (current.role === 'PROVINCE' && current.province === provinceId))
  );
};

/** From a recorded fact to its sentence: the lines and quoted words, the document in review, the original bytes. */
export const SourceOfFact = ({ source, provinceId }: { source: FactSource | null; provinceId: string }) => {
  const [error, setError] = useState<string | null>(null);
  if (!source) return <p class="source">{t('typedIn')}</p>;
  const download = () => {
    setError(null);
    downloadDocument(source.documentUrl, `${source.documentSha256}.txt`).catch((e: Error) => setError(e.message));
  };
  return (
    <div class="source">
      <p>
        {t('sourceLines')} {linesOf(source)}:
      </p>
      <blockquote cite={source.documentUrl}>{source.text}</blockquote>
      {mayReadDocument(provinceId) && (
        <p class="actions">
          <Link href={`/documents/${source.documentSha256}?lines=${source.startLine}-${source.endLine}`}>{t('showInDocument')}</Link>
          <button type="button" onClick={download}>
            {t('openDocument')}
          </button>
        </p>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </div>
  );
};
