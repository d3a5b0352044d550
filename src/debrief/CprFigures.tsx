import type { Scenario } from '../scenario/schema/index.ts'
import type { CprSummary, CprTargetRow } from './model/index.ts'
import { formatPercent, formatSimTime } from './format.ts'

const LABELS: Record<CprTargetRow['key'], string> = {
  ratePerMin: 'Compression rate',
  depthMm: 'Compression depth (hand travel)',
  recoilFraction: 'Full recoil',
  longestPauseS: 'Longest pause',
  compressionFraction: 'Compression fraction',
}

function measured(row: CprTargetRow): string {
  switch (row.key) {
    case 'ratePerMin':
      return `${Math.round(row.measured)}/min`
    case 'depthMm':
      return `${Math.round(row.measured)} mm`
    case 'longestPauseS':
      return `${row.measured} s`
    default:
      return formatPercent(row.measured)
  }
}

function target(row: CprTargetRow): string {
  const { min, max } = row
  switch (row.key) {
    case 'ratePerMin':
      return `${min}–${max}/min`
    case 'depthMm':
      return `${min}–${max} mm`
    case 'longestPauseS':
      return `≤ ${max} s`
    case 'recoilFraction':
      return min === 1 ? 'every compression' : `≥ ${formatPercent(min ?? 0)}`
    case 'compressionFraction':
      return `≥ ${formatPercent(min ?? 0)}`
  }
}

/**
 * CPR as the guidelines judge it: when it started, how much of the pulseless time had compressions, and each
 * figure against the scene's target with the guideline it comes from. Desktop CPR is not measured: it says the
 * quality it assumed instead of showing rates.
 */
export function CprFigures({ cpr, scenario }: { cpr: CprSummary; scenario: Scenario }) {
  const seconds = (ms: number) => `${Math.round(ms / 1000)} s`
  return (
    <>
      <dl className="debrief-facts">
        <div>
          <dt>First compressions</dt>
          <dd>{formatSimTime(cpr.firstStartedMs)}</dd>
        </div>
        <div>
          <dt>No flow before CPR</dt>
          <dd>{seconds(cpr.noFlowBeforeCprMs)}</dd>
        </div>
        <div>
          <dt>Compressions, in all</dt>
          <dd>{formatSimTime(cpr.totalMs)}</dd>
        </div>
        <div>
          <dt>CPR stopped while pulseless</dt>
          <dd>
            {seconds(cpr.handsOffMs)}
            {cpr.handsOffFraction !== null && ` (${Math.round(cpr.handsOffFraction * 100)} % of pulseless time)`}
          </dd>
        </div>
        <div>
          <dt>Pauses</dt>
          <dd>
            {cpr.pauses.length}, the longest {seconds(cpr.longestPauseMs)}
          </dd>
        </div>
        {cpr.meanQuality !== null && (
          <div>
            <dt>Mean CPR quality</dt>
            <dd>{formatPercent(cpr.meanQuality)}</dd>
          </div>
        )}
      </dl>
      {cpr.assumedQuality !== null && (
        <p className="muted">
          CPR toggled on desktop: quality assumed {formatPercent(cpr.assumedQuality)} from the scene. Rate, depth and
          recoil are measured only in a headset.
        </p>
      )}
      {cpr.targets.length > 0 && (
        <table className="debrief-table debrief-cpr-targets">
          <caption>CPR against the guideline targets of the scene</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Measured</th>
              <th scope="col">Target</th>
              <th scope="col">Met</th>
              <th scope="col">Guideline</th>
            </tr>
          </thead>
          <tbody>
            {cpr.targets.map((row) => (
              <tr key={row.key} className={row.met ? 'met' : 'not-met'}>
                <th scope="row">{LABELS[row.key]}</th>
                <td>{measured(row)}</td>
                <td>{target(row)}</td>
                <td>{row.met ? '✓ Met' : '✗ Not met'}</td>
                <td>
                  {row.ref.map((id, i) => {
                    const ref = scenario.references[id]
                    return (
                      <span key={id}>
                        {i > 0 && '; '}
                        {ref ? (
                          <>
                            <a href={ref.url} target="_blank" rel="noreferrer">
                              {ref.title}
                            </a>{' '}
                            ({ref.edition}) <span className="print-only">{ref.url}</span>
                          </>
                        ) : (
                          id
                        )}
                      </span>
                    )
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
