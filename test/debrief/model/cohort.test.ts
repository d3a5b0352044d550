import { describe, expect, it } from 'vitest'
import { buildDebrief, cohortCsv, cohortStats, quantile, type Debrief } from '../../../src/debrief/model/index.ts'
import { runs } from '../../scenes/anaphylaxis-adult.runs.ts'
import { anaphylaxis, recordingOf, vfArrest, vfExpert } from './fixtures.ts'

const debriefOf = (prefix: string): Debrief => {
  const run = runs.find((r) => r.name.startsWith(prefix))
  if (!run) throw new Error(`no run "${prefix}"`)
  return buildDebrief(anaphylaxis, recordingOf(anaphylaxis, run))
}
const label = (id: string) => anaphylaxis.rubric.items[id]?.label

describe('quantile (linear interpolation, numpy default)', () => {
  it('interpolates between closest ranks', () => {
    const xs = [1, 2, 3, 4]
    expect(quantile(xs, 0)).toBe(1)
    expect(quantile(xs, 0.25)).toBe(1.75)
    expect(quantile(xs, 0.5)).toBe(2.5)
    expect(quantile(xs, 0.75)).toBe(3.25)
    expect(quantile(xs, 1)).toBe(4)
    expect(quantile([10, 20, 40], 0.5)).toBe(20)
    expect(quantile([10, 20, 40], 0.75)).toBe(30)
  })

  it('handles one value and none', () => {
    expect(quantile([7], 0.25)).toBe(7)
    expect(quantile([], 0.5)).toBeNull()
  })
})

describe('cohortStats: four anaphylaxis sessions', () => {
  const expert = debriefOf('expert: recognise')
  const overdose = debriefOf('harmful: ten-fold adrenaline error')
  const late = debriefOf('late: supportive care first')
  const nothing = debriefOf('does nothing')
  const stats = cohortStats([
    { learner: 'alice', debrief: expert },
    { learner: 'bob', debrief: overdose },
    { learner: 'carol', debrief: late },
    { learner: 'alice', debrief: nothing },
  ])

  it('counts sessions, learners and passes', () => {
    expect(stats.sessions).toBe(4)
    expect(stats.learners).toBe(3)
    expect(stats.passRate).toBe(0.25)
  })

  it('gives the times of the critical items over the sessions that met them', () => {
    expect(stats.critical).toEqual([
      // Met at 20, 15 and 15 s.
      {
        itemId: 'call-for-help',
        label: label('call-for-help'),
        metCount: 3,
        medianMs: 15_000,
        iqrMs: [15_000, 17_500],
        minMs: 15_000,
        maxMs: 20_000,
      },
      // 25, 20, 20 s.
      {
        itemId: 'stop-trigger',
        label: label('stop-trigger'),
        metCount: 3,
        medianMs: 20_000,
        iqrMs: [20_000, 22_500],
        minMs: 20_000,
        maxMs: 25_000,
      },
      // Only the expert (40 s); the late run's dose at 7 min does not meet it.
      {
        itemId: 'im-adrenaline-early',
        label: label('im-adrenaline-early'),
        metCount: 1,
        medianMs: 40_000,
        iqrMs: [40_000, 40_000],
        minMs: 40_000,
        maxMs: 40_000,
      },
    ])
  })

  it('lists the most missed positive items, ties in rubric order, top 5', () => {
    expect(stats.mostMissed).toEqual([
      { itemId: 'im-adrenaline-early', label: label('im-adrenaline-early'), missed: 3, of: 4 },
      { itemId: 'call-for-help', label: label('call-for-help'), missed: 1, of: 4 },
      { itemId: 'stop-trigger', label: label('stop-trigger'), missed: 1, of: 4 },
      { itemId: 'high-flow-oxygen', label: label('high-flow-oxygen'), missed: 1, of: 4 },
      { itemId: 'fluid-bolus', label: label('fluid-bolus'), missed: 1, of: 4 },
    ])
  })

  it('counts the harm done', () => {
    expect(stats.commonHarm).toEqual([
      { itemId: 'no-adrenaline-overdose', label: label('no-adrenaline-overdose'), count: 1 },
    ])
  })

  it('writes one CSV row per critical item, RFC 4180 with CRLF', () => {
    const csv = cohortCsv(stats)
    const lines = csv.split('\r\n')
    expect(lines[0]).toBe('item,label,met,sessions,median_s,q1_s,q3_s,min_s,max_s')
    expect(lines).toHaveLength(stats.critical.length + 2)
    expect(lines.at(-1)).toBe('')
    const quoted = (s: string | undefined) => (s && /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s)
    expect(lines[1]).toBe(`call-for-help,${quoted(label('call-for-help'))},3,4,15,15,17.5,15,20`)
    expect(lines[3]).toBe(`im-adrenaline-early,${quoted(label('im-adrenaline-early'))},1,4,40,40,40,40,40`)
  })
})

describe('cohortStats: harm', () => {
  it('sorts the harm by how often it was done, ties in rubric order', () => {
    const stats = cohortStats([
      { learner: 'a', debrief: debriefOf('oral cetirizine before IM adrenaline') },
      { learner: 'b', debrief: debriefOf('harmful: treats it as an allergy first') },
      { learner: 'c', debrief: debriefOf('harmful: ten-fold adrenaline error') },
    ])
    expect(stats.passRate).toBeCloseTo(1 / 3)
    expect(stats.commonHarm.map((h) => [h.itemId, h.count])).toEqual([
      ['no-antihistamine-before-adrenaline', 2],
      ['no-adrenaline-overdose', 1],
      ['no-steroid-before-adrenaline', 1],
      ['no-sitting-when-shocked', 1],
    ])
    expect(stats.mostMissed).toEqual([
      { itemId: 'im-adrenaline-early', label: label('im-adrenaline-early'), missed: 1, of: 3 },
    ])
  })
})

describe('cohortStats: edge cases', () => {
  it('is empty for no sessions', () => {
    expect(cohortStats([])).toEqual({
      sessions: 0,
      learners: 0,
      passRate: 0,
      critical: [],
      mostMissed: [],
      commonHarm: [],
    })
    expect(cohortCsv(cohortStats([]))).toBe('item,label,met,sessions,median_s,q1_s,q3_s,min_s,max_s\r\n')
  })

  it('quotes labels with commas and quotes', () => {
    const csv = cohortCsv({
      sessions: 1,
      critical: [
        {
          itemId: 'x',
          label: 'Say "help", loudly',
          metCount: 0,
          medianMs: null,
          iqrMs: null,
          minMs: null,
          maxMs: null,
        },
      ],
    })
    expect(csv.split('\r\n')[1]).toBe('x,"Say ""help"", loudly",0,1,,,,,')
  })

  it('refuses sessions of different scenarios', () => {
    const vf = buildDebrief(vfArrest, recordingOf(vfArrest, vfExpert))
    expect(() =>
      cohortStats([
        { learner: 'a', debrief: debriefOf('expert: recognise') },
        { learner: 'b', debrief: vf },
      ]),
    ).toThrow(/different scenarios/)
  })
})
