import { useEffect, useMemo, useRef } from 'preact/hooks';
import { num } from '../format';
import { linesOf } from '../source';
import { linesOfText, type Span } from './draft';
import { w } from './words';

/**
 * The document's text as the reader read it, a numbered line each; the lines of the selected fact are
 * marked and scrolled into view inside the panel (the page itself does not jump).
 */
export const DocumentText = ({ text, selected }: { text: string; selected: Span | null }) => {
  const lines = useMemo(() => linesOfText(text), [text]);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!selected || !panel.current) return;
    const first = panel.current.querySelector<HTMLElement>(`[data-line="${selected.startLine}"]`);
    if (!first) return;
    // Within the panel only: scrollIntoView would also move the page under the reviewer's cursor.
    panel.current.scrollTop = first.offsetTop - panel.current.clientHeight / 3;
  }, [selected?.startLine, selected?.endLine]);
  const marked = (n: number) => !!selected && n >= selected.startLine && n <= selected.endLine;
  return (
    <section class="doc-text" aria-labelledby="doc-text-title">
      <h2 id="doc-text-title">{w('text')}</h2>
      <p class="showing" aria-live="polite">
        {selected ? `${w('showing')} ${linesOf(selected)}` : ''}
      </p>
      {/* Focusable so the keyboard can scroll it; a region with a name for screen readers. */}
      <div class="doc-lines" ref={panel} tabIndex={0} role="region" aria-label={w('textLabel')}>
        <ol>
          {lines.map((line, i) => (
            <li key={i} data-line={i + 1} class={marked(i + 1) ? 'hl' : undefined} aria-current={marked(i + 1) ? 'true' : undefined}>
              <span class="n" aria-hidden="true">
                {num(i + 1)}
              </span>
              <span class="l">{line || ' '}</span>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
};
