import { describe, expect, it } from 'vitest'
import { buildDebrief } from '../../../src/debrief/model/index.ts'
import { replay } from '../../../src/engine/index.ts'
import { score } from '../../../src/scoring/index.ts'
import { SEED, anaphylaxis, anaphylaxisExpert, recordingOf, vfArrest, vfExpert } from './fixtures.ts'

describe('buildDebrief: anaphylaxis expert run', () => {
  const debrief = buildDebrief(anaphylaxis, recordingOf(anaphylaxis, anaphylaxisExpert))

  it('names the scene and the run', () => {
    expect(debrief.scenario).toEqual({ id: anaphylaxis.id, title: anaphylaxis.title, version: anaphylaxis.version })
    expect(debrief.seed).toBe(SEED)
    expect(debrief.prompts).toEqual(anaphylaxis.debrief.prompts)
  })

  it('shows the IM adrenaline as "500 mcg IM" at 40 s', () => {
    const row = debrief.rows.find((r) => r.kind === 'action' && r.label === anaphylaxis.actions['adrenaline']?.label)
    expect(row).toMatchObject({ atMs: 40_000, detail: '500 mcg IM' })
    expect(debrief.markers).toContainEqual(expect.objectContaining({ atMs: 40_000, seq: row?.seq }))
  })

  it('shows the clinical state changes with their labels, and ends with the outcome', () => {
    const improving = anaphylaxis.states['improving']?.label
    const state = debrief.rows.find((r) => r.kind === 'state')
    expect(state?.label).toBe(`${anaphylaxis.states['anaphylaxis']?.label} → ${improving}`)
    expect(debrief.rows.at(-1)).toMatchObject({ kind: 'outcome', atMs: debrief.endMs, detail: 'clinical success' })
    expect(debrief.rows.map((r) => r.seq)).toEqual([...debrief.rows.map((r) => r.seq)].sort((a, b) => a - b))
    expect(debrief.rows.some((r) => r.kind === 'alarm')).toBe(true)
    expect(debrief.rows.some((r) => r.kind === 'finding')).toBe(true)
  })

  it('scores the replay exactly as score() does', () => {
    const { events } = replay(anaphylaxis, SEED, anaphylaxisExpert.commands)
    expect(debrief.report).toEqual(score(anaphylaxis, events))
    expect(debrief.report.pass).toBe(true)
  })

  it('maps every item with evidence to the rows of its evidence events', () => {
    const withEvidence = debrief.report.items.filter((i) => i.evidence.length > 0)
    expect(withEvidence.length).toBeGreaterThan(0)
    for (const item of withEvidence) {
      const seqs = (debrief.itemRows[item.id] ?? []).map((i) => debrief.rows[i]?.seq)
      expect(seqs, item.id).toEqual(item.evidence.map((e) => e.seq))
    }
  })

  it('applies an LMS masteryScore to a copy of the rubric', () => {
    const strict = buildDebrief(anaphylaxis, recordingOf(anaphylaxis, anaphylaxisExpert), { masteryScore: 1 })
    expect(strict.report.masteryScore).toBe(1)
    expect(anaphylaxis.rubric.masteryScore).toBe(debrief.report.masteryScore)
  })

  it('samples the vitals every second to the end, all series of one length', () => {
    const { t, hr, sbp, spo2, etco2, rr } = debrief.vitals
    expect(t.length).toBe(Math.floor(debrief.endMs / 1000) + (debrief.endMs % 1000 === 0 ? 1 : 2))
    for (const series of [hr, sbp, spo2, etco2, rr]) expect(series).toHaveLength(t.length)
    expect(t[0]).toBe(0)
    expect(t.at(-1)).toBe(debrief.endMs / 1000)
    expect(hr.every((v) => typeof v === 'number')).toBe(true)
  })

  it('has no CPR summary without CPR', () => {
    expect(debrief.cpr).toBeNull()
  })
})

describe('buildDebrief: VF arrest expert run', () => {
  const debrief = buildDebrief(vfArrest, recordingOf(vfArrest, vfExpert))

  it('summarises the compressions: first at 22 s, short pauses around the shocks', () => {
    const cpr = debrief.cpr
    expect(cpr).not.toBeNull()
    if (!cpr) return
    expect(cpr.firstStartedMs).toBe(22_000)
    // VF from the start to ROSC at the 4th shock (414 s); 22 s no-flow before CPR, then 3+3+3+2 s of pauses.
    expect(cpr.pulselessMs).toBe(414_000)
    expect(cpr.noFlowBeforeCprMs).toBe(22_000)
    expect(cpr.pauses).toEqual([
      { startMs: 44_000, endMs: 47_000 },
      { startMs: 167_000, endMs: 170_000 },
      { startMs: 289_000, endMs: 292_000 },
      { startMs: 412_000, endMs: 414_000 },
    ])
    expect(cpr.longestPauseMs).toBe(3_000)
    expect(cpr.handsOffMs).toBe(33_000)
    expect(cpr.handsOffFraction).toBeCloseTo(33 / 414, 4)
    // CPR also continued after ROSC until the next rhythm check (415 → 534 s).
    expect(cpr.totalMs).toBe(22_000 + 120_000 + 119_000 + 120_000 + 119_000)
    expect(cpr.meanQuality).toBe(vfArrest.cpr?.assumedQuality)
  })

  it('desktop CPR: the assumed quality, and the pauses and compression fraction against the scene targets', () => {
    const cpr = debrief.cpr
    expect(cpr?.measured).toBeNull()
    expect(cpr?.assumedQuality).toBe(vfArrest.cpr?.assumedQuality)
    // Rate, depth and recoil need a headset: desktop rows are only what the log itself shows.
    expect(cpr?.targets).toEqual([
      { key: 'longestPauseS', measured: 3, max: 10, met: true, ref: ['aha-bls-quality'] },
      { key: 'compressionFraction', measured: 0.92, min: 0.6, met: true, ref: ['aha-2015-cpr-quality'] },
    ])
  })

  it('has the shocks with their energy, and no SpO2/SBP readings without a pulse', () => {
    expect(debrief.rows.filter((r) => r.kind === 'shock').map((r) => r.detail)).toEqual([
      '150 J, rhythm VF',
      '200 J, rhythm VF',
      '200 J, rhythm VF',
      '200 J, rhythm VF',
    ])
    const { t, spo2, sbp } = debrief.vitals
    expect(spo2[t.indexOf(100)]).toBeNull()
    expect(sbp[t.indexOf(100)]).toBeNull()
    expect(spo2[t.indexOf(500)]).toEqual(expect.any(Number))
  })
})
