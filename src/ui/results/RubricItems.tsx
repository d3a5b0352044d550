import type { ScoreItem } from '../../scoring/types.ts'
import { formatClock } from '../format.ts'
import { pointsText, statusOf } from './summary.ts'

const CLASS_LABELS: Record<ScoreItem['class'], string> = {
  critical: 'Critical',
  recommended: 'Recommended',
  neutral: 'Neutral',
  unnecessary: 'Unnecessary',
  harmful: 'Harmful',
}

const STATUS_LABELS = { met: 'Met', 'not-met': 'Not met', na: 'Not applicable' } as const
const STATUS_ICONS = { met: '✓', 'not-met': '✕', na: '–' } as const

/** Every rubric item: its verdict, points, deciding moment, rule, reason, feedback and guideline. */
export function RubricItems({ items }: { items: readonly ScoreItem[] }) {
  return (
    <ol className="rubric">
      {items.map((item) => {
        const status = statusOf(item)
        const cls = CLASS_LABELS[item.class] + (item.severity ? ` (${item.severity} harm)` : '')
        return (
          <li key={item.id} className={`rubric-item rubric-${status}`}>
            <div className="rubric-head">
              <span className="rubric-status">
                <span aria-hidden="true">{STATUS_ICONS[status]} </span>
                {STATUS_LABELS[status]}
              </span>
              <h4>{item.label}</h4>
              <span className={`rubric-class rubric-class-${item.class}`}>{cls}</span>
              <span className="rubric-points">{pointsText(item)}</span>
            </div>
            <dl className="rubric-facts">
              <div>
                <dt>Rule</dt>
                <dd>{item.rule}</dd>
              </div>
              <div>
                <dt>Decided at</dt>
                <dd>
                  {item.decidedAtMs === null ? 'End of the run (no deciding event)' : formatClock(item.decidedAtMs)}
                </dd>
              </div>
              <div>
                <dt>Why</dt>
                <dd>{item.reason}</dd>
              </div>
              {status === 'not-met' && item.feedback && (
                <div className="rubric-feedback">
                  <dt>Feedback</dt>
                  <dd>{item.feedback}</dd>
                </div>
              )}
              {item.ref.length > 0 && (
                <div>
                  <dt>Guideline</dt>
                  <dd>
                    <ul className="rubric-refs">
                      {item.ref.map((r) => (
                        <li key={r.id}>
                          <a href={r.url} target="_blank" rel="noopener noreferrer">
                            {r.title}
                            <span className="visually-hidden"> (opens in a new tab)</span>
                          </a>{' '}
                          <span className="rubric-edition">{r.edition}</span>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              )}
            </dl>
          </li>
        )
      })}
    </ol>
  )
}
