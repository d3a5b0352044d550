import { lazy, Suspense, useState } from 'react'
import type { Scenario } from '../scenario/schema/index.ts'
import type { Recording } from '../store/index.ts'
import type { Debrief } from './model/index.ts'
import { timelineCsv } from './model/index.ts'
import { downloadText } from '../ui/results/recording-file.ts'
import { formatDate, formatPercent, formatSimTime } from './format.ts'
import { CprFigures } from './CprFigures.tsx'
import { VitalsChart } from './VitalsChart.tsx'

export interface SessionFacts {
  learner: string
  startedAt: string
  source: string
}

/**
 * One session, for a debrief and as a printable audit record: who, what, when and the result; the
 * vitals with the actions; the timeline; each rubric item with its evidence (a link to the timeline
 * row) and guideline; CPR figures; the scene's debrief prompts.
 */
// The 3D room (three.js) loads only when a session is open, not for the session list.
const ReplayPanel = lazy(() => import('./ReplayPanel.tsx').then((m) => ({ default: m.ReplayPanel })))

export function DebriefView({
  debrief,
  scenario,
  recording,
  facts,
}: {
  debrief: Debrief
  scenario: Scenario
  recording: Recording
  facts: SessionFacts
}) {
  const [highlight, setHighlight] = useState<number | null>(null)
  const [seek, setSeek] = useState<{ atMs: number } | null>(null)
  const { report } = debrief
  const show = (rowIndex: number) => {
    setHighlight(rowIndex)
    document.getElementById(`row-${rowIndex}`)?.scrollIntoView({ block: 'center' })
    document.getElementById(`row-${rowIndex}`)?.focus()
  }

  return (
    <article className="debrief">
      <h1 id="page-heading" tabIndex={-1}>
        Debrief: {scenario.title}
      </h1>
      <dl className="debrief-facts">
        <div>
          <dt>Learner</dt>
          <dd>{facts.learner || '—'}</dd>
        </div>
        <div>
          <dt>Scenario</dt>
          <dd>
            {scenario.id} {scenario.version}
          </dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{formatDate(facts.startedAt)}</dd>
        </div>
        <div>
          <dt>Duration (sim)</dt>
          <dd>{formatSimTime(debrief.endMs)}</dd>
        </div>
        <div>
          <dt>Outcome</dt>
          <dd>{report.outcome?.label ?? 'No outcome'}</dd>
        </div>
        <div>
          <dt>Result</dt>
          <dd>
            <strong>{report.pass ? 'PASS' : 'FAIL'}</strong>, score {formatPercent(report.scaled)} (mastery{' '}
            {formatPercent(report.masteryScore)})
          </dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd>{facts.source}</dd>
        </div>
        {recording.branch && (
          <div>
            <dt>Started from</dt>
            <dd>
              {formatSimTime(recording.branch.atMs)} of {recording.branch.from} (“try from here”: the actions up to then
              are that attempt’s)
            </dd>
          </div>
        )}
      </dl>
      <div className="actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          Print report
        </button>
        <button
          type="button"
          className="button-secondary"
          onClick={() => downloadText(`timeline-${scenario.id}.csv`, 'text/csv', timelineCsv(debrief))}
        >
          Download timeline (CSV)
        </button>
      </div>

      <section aria-labelledby="replay-heading" className="no-print">
        <h2 id="replay-heading">Replay</h2>
        <Suspense fallback={<p>Loading the room…</p>}>
          <ReplayPanel scenario={scenario} recording={recording} seekMs={seek} attempt={facts.source} />
        </Suspense>
      </section>

      <section aria-labelledby="vitals-heading">
        <h2 id="vitals-heading">Vital signs</h2>
        <VitalsChart debrief={debrief} width={Math.min(960, window.innerWidth - 48)} />
      </section>

      <section aria-labelledby="rubric-heading">
        <h2 id="rubric-heading">Rubric</h2>
        <ul className="debrief-rubric">
          {report.items.map((item) => {
            const rows = debrief.itemRows[item.id] ?? []
            return (
              <li key={item.id} className={item.met ? 'met' : item.applicable ? 'not-met' : 'not-applicable'}>
                <p>
                  <strong>{item.applicable ? (item.met ? '✓ Met' : '✗ Not met') : '– Not applicable'}</strong>{' '}
                  {item.label} <span className="muted">({item.class})</span>
                </p>
                <p>{item.rule}</p>
                <p className="muted">{item.reason}</p>
                {rows.length > 0 && (
                  <p>
                    Evidence:{' '}
                    {rows.map((r) => (
                      <button key={r} type="button" className="link-button" onClick={() => show(r)}>
                        {formatSimTime(debrief.rows[r]?.atMs ?? 0)} {debrief.rows[r]?.label}
                      </button>
                    ))}
                  </p>
                )}
                {item.ref.map((ref) => (
                  <p key={ref.id} className="muted">
                    Guideline: {ref.title} ({ref.edition}) <span className="print-only">{ref.url}</span>
                  </p>
                ))}
              </li>
            )
          })}
        </ul>
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <table className="debrief-table debrief-timeline">
          <thead>
            <tr>
              <th scope="col">Sim time</th>
              <th scope="col">What</th>
              <th scope="col">Event</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {debrief.rows.map((row, i) => (
              <tr
                key={row.seq}
                id={`row-${i}`}
                tabIndex={-1}
                className={`row-${row.kind}${highlight === i ? ' highlighted' : ''}`}
              >
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Replay from ${formatSimTime(row.atMs)}`}
                    onClick={() => setSeek({ atMs: row.atMs })}
                  >
                    {formatSimTime(row.atMs)}
                  </button>
                </td>
                <td>{row.kind}</td>
                <td>{row.label}</td>
                <td>{row.detail ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {debrief.cpr && (
        <section aria-labelledby="cpr-heading">
          <h2 id="cpr-heading">CPR</h2>
          <CprFigures cpr={debrief.cpr} scenario={scenario} />
        </section>
      )}

      {debrief.prompts.length > 0 && (
        <section aria-labelledby="prompts-heading">
          <h2 id="prompts-heading">Debrief prompts</h2>
          <ol>
            {debrief.prompts.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ol>
        </section>
      )}
    </article>
  )
}
