import type { FeedbackState } from './use-feedback.ts'

const ICONS = { done: '✓', refused: '✕', finding: '•', measured: '•', ended: '■', notice: '!' } as const

/** The latest messages, shown over the room; screen readers hear the announced ones (see Announcer). */
export function Toast({ shown }: { shown: FeedbackState | null }) {
  if (!shown) return null
  return (
    <div className="toast" key={shown.id}>
      <ul>
        {shown.lines.map((line, i) => (
          <li key={i} className={`toast-${line.tone}`}>
            <span className="toast-icon" aria-hidden="true">
              {ICONS[line.tone]}
            </span>
            {line.text}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** A polite live region that is always in the page, so that changes to it are read out. */
export function Announcer({ shown }: { shown: FeedbackState | null }) {
  const text = shown?.lines
    .filter((l) => l.announce)
    .map((l) => l.text)
    .join(' ')
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {text ? <span key={shown?.id}>{text}</span> : null}
    </div>
  )
}
