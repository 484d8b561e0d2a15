import { useEffect, useMemo, useRef } from 'preact/hooks';
import { num } from '../format';
import { linesOf } from '../source';
import { linesOfText, spanOfSelection, type Span } from './draft';
import { w } from './words';

/** The numbered line a selection's boundary is in, or null (outside the lines). */
const lineOf = (node: Node): HTMLElement | null => (node instanceof Element ? node : node.parentElement)?.closest('li[data-line]') ?? null;

/**
 * The document's text as the reader read it, a numbered line each; the lines of the selected fact are
 * marked and scrolled into view inside the panel (the page itself does not jump). With `onPick`, lines
 * selected with the mouse (or the keyboard) are handed on as a span: the lines of a task to add.
 */
export const DocumentText = ({ text, selected, onPick }: { text: string; selected: Span | null; onPick?: (span: Span) => void }) => {
  const lines = useMemo(() => linesOfText(text), [text]);
  const panel = useRef<HTMLDivElement>(null);
  const pick = () => {
    const selection = document.getSelection();
    if (!onPick || !panel.current || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const first = lineOf(range.startContainer);
    const last = lineOf(range.endContainer);
    if (!first || !last || !panel.current.contains(first) || !panel.current.contains(last)) return;
    // Nothing of the last line's words selected (a triple click ends at the next line's start): it is not picked.
    const head = document.createRange();
    head.setStart(last.querySelector('.l') ?? last, 0);
    head.setEnd(range.endContainer, range.endOffset);
    onPick(spanOfSelection(Number(first.dataset['line']), Number(last.dataset['line']), head.toString() === ''));
  };
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
      <div class="doc-lines" ref={panel} tabIndex={0} role="region" aria-label={w('textLabel')} onMouseUp={pick} onKeyUp={pick}>
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
