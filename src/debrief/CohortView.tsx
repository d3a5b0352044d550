import { useEffect, useState } from 'react'
import { downloadText } from '../ui/results/recording-file.ts'
import { loadRecordings } from './api.ts'
import type { DebriefCatalog } from './DebriefApp.tsx'
import { formatPercent, formatSimTime } from './format.ts'
import { cohortCsv, cohortStats } from './model/index.ts'
import type { CohortStats } from './model/index.ts'
import { prepareDebrief } from './prepare-debrief.ts'

/** One scenario across learners, from the LRS's recordings: pass rate, times, what is missed and done wrong. */
export function CohortView({ scenarioId, catalog }: { scenarioId: string; catalog: DebriefCatalog }) {
  const [state, setState] = useState<{ stats: CohortStats; skipped: number } | { error: string } | null>(null)
  const title = catalog.scenarios.find((s) => s.id === scenarioId)?.title ?? scenarioId

  useEffect(() => {
    let current = true
    loadRecordings(scenarioId).then(
      ({ recordings }) => {
        if (!current) return
        const sessions = []
        let skipped = 0
        for (const r of recordings) {
          const prepared = prepareDebrief(r.recording, catalog)
          if ('error' in prepared) skipped += 1
          else sessions.push({ learner: r.learner, debrief: prepared.debrief })
        }
        setState({ stats: cohortStats(sessions), skipped })
      },
      (error: unknown) => current && setState({ error: error instanceof Error ? error.message : String(error) }),
    )
    return () => {
      current = false
    }
  }, [scenarioId, catalog])

  if (!state) return <p>Re-simulating the cohort’s sessions…</p>
  if ('error' in state) return <p role="alert">{state.error}</p>
  const { stats } = state
  return (
    <article className="debrief">
      <h1 id="page-heading" tabIndex={-1}>
        Cohort: {title}
      </h1>
      <p>
        {stats.sessions} sessions by {stats.learners} learners; pass rate {formatPercent(stats.passRate)}.
        {state.skipped > 0 && ` ${state.skipped} recorded on another version of the scene are left out.`}
      </p>
      <div className="actions no-print">
        <button
          type="button"
          className="button-secondary"
          onClick={() => downloadText(`cohort-${scenarioId}.csv`, 'text/csv', cohortCsv(stats))}
        >
          Download table (CSV)
        </button>
      </div>
      <table className="debrief-table">
        <caption>Time to each critical action (sessions where it was done)</caption>
        <thead>
          <tr>
            <th scope="col">Critical action</th>
            <th scope="col">Done in</th>
            <th scope="col">Median</th>
            <th scope="col">Middle half</th>
            <th scope="col">Range</th>
          </tr>
        </thead>
        <tbody>
          {stats.critical.map((c) => (
            <tr key={c.itemId}>
              <td>{c.label}</td>
              <td>
                {c.metCount} of {stats.sessions}
              </td>
              <td>{c.medianMs === null ? '—' : formatSimTime(c.medianMs)}</td>
              <td>{c.iqrMs ? `${formatSimTime(c.iqrMs[0])}–${formatSimTime(c.iqrMs[1])}` : '—'}</td>
              <td>
                {c.minMs === null || c.maxMs === null ? '—' : `${formatSimTime(c.minMs)}–${formatSimTime(c.maxMs)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Most missed</h2>
      {stats.mostMissed.length === 0 ? (
        <p>Nothing was missed.</p>
      ) : (
        <ul>
          {stats.mostMissed.map((m) => (
            <li key={m.itemId}>
              {m.label}: missed in {m.missed} of {m.of}
            </li>
          ))}
        </ul>
      )}
      <h2>Most common harmful or unnecessary actions</h2>
      {stats.commonHarm.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul>
          {stats.commonHarm.map((h) => (
            <li key={h.itemId}>
              {h.label}: {h.count} {h.count === 1 ? 'session' : 'sessions'}
            </li>
          ))}
        </ul>
      )}
    </article>
  )
}
