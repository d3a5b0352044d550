import { formatSimTime } from '../../scoring/index.ts'
import type { Debrief } from './build-debrief.ts'

/** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)

/** The debrief timeline as CSV (RFC 4180, CRLF line ends): time (mm:ss), seconds, kind, event, detail. */
export function timelineCsv(debrief: Pick<Debrief, 'rows'>): string {
  const lines = [['time', 'seconds', 'kind', 'event', 'detail']]
  for (const row of debrief.rows) {
    lines.push([formatSimTime(row.atMs), String(row.atMs / 1000), row.kind, row.label, row.detail ?? ''])
  }
  return lines.map((cells) => cells.map(field).join(',')).join('\r\n') + '\r\n'
}
