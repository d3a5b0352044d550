import { toCsv } from './csv.ts'
import { formatSimTime } from '../../scoring/index.ts'
import type { Debrief } from './build-debrief.ts'

/** The debrief timeline as CSV (RFC 4180, CRLF line ends): time (mm:ss), seconds, kind, event, detail. */
export function timelineCsv(debrief: Pick<Debrief, 'rows'>): string {
  const lines = [['time', 'seconds', 'kind', 'event', 'detail']]
  for (const row of debrief.rows) {
    lines.push([formatSimTime(row.atMs), String(row.atMs / 1000), row.kind, row.label, row.detail ?? ''])
  }
  return toCsv(lines)
}
