import { segmentText, type TextMark } from '../lib/highlight.js';

/** Text with marks rendered as nested <mark> styles: text nodes only, never HTML. */
export function HighlightedText({ text, marks }: { text: string; marks: TextMark[] }) {
  return (
    <>
      {segmentText(text, marks).map((s) =>
        s.kinds.length ? (
          <mark key={s.start} className={s.kinds.map((k) => `hl-${k}`).join(' ')} data-hl={s.kinds.join(' ')}>
            {s.text}
          </mark>
        ) : (
          <span key={s.start}>{s.text}</span>
        ),
      )}
    </>
  );
}
