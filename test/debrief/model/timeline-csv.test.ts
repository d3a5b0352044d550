import { describe, expect, it } from 'vitest'
import { buildDebrief, timelineCsv, type TimelineRow } from '../../../src/debrief/model/index.ts'
import { anaphylaxis, anaphylaxisExpert, recordingOf } from './fixtures.ts'

describe('timelineCsv', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180, CRLF)', () => {
    const rows: TimelineRow[] = [
      { seq: 1, atMs: 40_000, kind: 'action', label: 'Adrenaline', detail: '500 mcg IM' },
      { seq: 2, atMs: 65_500, kind: 'refused', label: 'Give "IV" adrenaline', detail: 'no access, yet' },
      { seq: 3, atMs: 3_725_000, kind: 'finding', label: 'Wheeze\nboth sides' },
    ]
    expect(timelineCsv({ rows })).toBe(
      'time,seconds,kind,event,detail\r\n' +
        '00:40,40,action,Adrenaline,500 mcg IM\r\n' +
        '01:05,65.5,refused,"Give ""IV"" adrenaline","no access, yet"\r\n' +
        '62:05,3725,finding,"Wheeze\nboth sides",\r\n',
    )
  })

  it('has one line per row of a real debrief', () => {
    const debrief = buildDebrief(anaphylaxis, recordingOf(anaphylaxis, anaphylaxisExpert))
    const csv = timelineCsv(debrief)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv).toContain('00:40,40,action,')
  })
})
