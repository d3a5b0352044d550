import type { Amount, Context, Outcome, SimEvent, Vitals } from '../../src/engine/types.ts'
import type { ScoreItem, ScoreReport } from '../../src/scoring/index.ts'
import { Scenario, type Route, type RubricItem, type Unit } from '../../src/scenario/schema/index.ts'

/**
 * A small cardiac-arrest scene for scoring tests: the rubric and the patient weight vary per test.
 * Parsed through the real schema so every fixture stays a valid scene.
 */
export function scoringScene(
  items: Record<string, Omit<RubricItem, 'label'> & { label?: string }>,
  { masteryScore = 0.8, weightKg = 80 }: { masteryScore?: number; weightKg?: number } = {},
): Scenario {
  const drug = (label: string, routes: Route[], units: Unit[]) => ({
    kind: 'drug',
    label,
    category: 'drugs',
    routes,
    amount: { label: 'Dose', units },
  })
  return Scenario.parse({
    schemaVersion: 1,
    id: 'scoring-fixture',
    title: 'Scoring fixture',
    version: '1.0.0',
    summary: 'Test scenario',
    audience: ['test'],
    estimatedMinutes: 10,
    objectives: ['test scoring'],
    authors: [{ name: 'tests' }],
    references: {
      'erc-als': { title: 'ERC 2021 Adult ALS', url: 'https://example.org/als', edition: 'ERC2021' },
      'rcuk-ana': { title: 'RCUK Anaphylaxis 2021', url: 'https://example.org/ana', edition: 'RCUK2021' },
    },
    patient: {
      ageYears: 50,
      sex: 'male',
      weightKg,
      history: [],
      allergies: [],
      medications: [],
      presentingComplaint: 'collapse',
    },
    briefing: 'A patient.',
    setting: { location: 'Ward', equipment: ['bed', 'monitor', 'defibrillator', 'drug-cart'] },
    monitor: { shows: ['hr', 'spo2'] },
    initial: {
      state: 'periarrest',
      vitals: {
        hr: 120,
        rhythm: 'sinus-tachycardia',
        sbp: 80,
        dbp: 40,
        spo2: 90,
        rr: 24,
        etco2: 30,
        temp: 37,
        glucose: 6,
        gcs: 14,
      },
      findings: { airway: 'Patent' },
    },
    states: {
      periarrest: { label: 'Peri-arrest', vitals: { sbp: 70 } },
      vf: { label: 'VF', vitals: { rhythm: 'vf', hr: 0, spo2: 50, rr: 0, gcs: 3 } },
      rosc: { label: 'ROSC', vitals: { rhythm: 'sinus', hr: 100, sbp: 100 } },
    },
    transitions: [],
    actions: {
      adrenaline: drug('Adrenaline', ['im', 'iv', 'io'], ['mg', 'mcg', 'mg/kg', 'mL']),
      naloxone: drug('Naloxone', ['iv', 'im', 'in'], ['mg', 'mcg']),
      amiodarone: drug('Amiodarone', ['iv', 'io'], ['mg']),
      'defib-shock': {
        kind: 'intervention',
        label: 'Shock',
        category: 'defibrillation',
        handler: 'defib-shock',
        amount: { label: 'Energy', units: ['J', 'J/kg'] },
      },
      'cpr-start': { kind: 'intervention', label: 'Start CPR', category: 'cpr', handler: 'cpr-start' },
      'cpr-stop': { kind: 'intervention', label: 'Stop CPR', category: 'cpr', handler: 'cpr-stop' },
      'iv-access': {
        kind: 'intervention',
        label: 'IV access',
        category: 'access',
        handler: 'vascular-access',
        access: 'iv',
      },
    },
    rubric: {
      masteryScore,
      items: Object.fromEntries(Object.entries(items).map(([id, item]) => [id, { label: id, ...item }])),
    },
    end: { timeLimitS: 900, conditions: { rosc: { label: 'ROSC', success: true, when: { state: 'rosc' } } } },
    debrief: { prompts: ['What went well?'] },
  })
}

const PULSELESS = new Set(['vf'])

function vitalsIn(stateId: string): Vitals {
  const pulse = !PULSELESS.has(stateId)
  return pulse
    ? {
        hr: 120,
        sbp: 80,
        dbp: 40,
        spo2: 90,
        rr: 24,
        etco2: 30,
        temp: 37,
        glucose: 6,
        gcs: 14,
        rhythm: 'sinus-tachycardia',
        pulse,
        avpu: 'A',
      }
    : { hr: 0, sbp: 0, dbp: 0, spo2: 50, rr: 0, etco2: 0, temp: 37, glucose: 6, gcs: 3, rhythm: 'vf', pulse, avpu: 'U' }
}

type Unsequenced<E> = E extends SimEvent ? Omit<E, 'seq'> : never

/**
 * Writes an event log by hand, the way the engine would log it: seq increases by one per event,
 * times are given in sim seconds, and each performed action carries the context of its moment.
 */
export function createLog({
  state = 'periarrest',
  drawn = {},
}: { state?: string; drawn?: Record<string, number> } = {}) {
  const events: SimEvent[] = []
  let stateId = state
  let stateEnteredMs = 0
  let vitals = vitalsIn(state)
  const active: string[] = []
  const push = (e: Unsequenced<SimEvent>): number => {
    const seq = events.length
    const last = events.at(-1)
    if (last && e.atMs < last.atMs) throw new Error(`log events in time order: ${e.atMs} ms after ${last.atMs} ms`)
    events.push({ ...e, seq } as SimEvent)
    return seq
  }
  const ms = (atS: number) => Math.round(atS * 1000)
  push({ type: 'sim.started', atMs: 0, scenarioId: 'scoring-fixture', seed: 1, stateId, vitals, drawn })

  return {
    events,
    /** Logs an action.performed; `amount` as [value, unit]. Returns its seq. */
    perform(atS: number, actionId: string, opts: { amount?: [number, Unit]; route?: Route } = {}): number {
      const context: Context = { stateId, stateEnteredMs, vitals, active: [...active] }
      const amount: Amount | undefined = opts.amount && { value: opts.amount[0], unit: opts.amount[1] }
      return push({
        type: 'action.performed',
        atMs: ms(atS),
        actionId,
        kind: 'intervention',
        context,
        ...(amount && { amount }),
        ...(opts.route && { route: opts.route }),
      })
    },
    state(atS: number, to: string): number {
      const from = stateId
      stateId = to
      stateEnteredMs = ms(atS)
      vitals = vitalsIn(to)
      return push({
        type: 'state.changed',
        atMs: ms(atS),
        from,
        to,
        cause: { kind: 'transition', transition: 0 },
        vitals,
      })
    },
    /** An ongoing activity (cpr, oxygen) starting or stopping, as its handler logs it after the action. */
    activity(atS: number, activity: string, running: boolean): number {
      if (running) {
        active.push(activity)
        return push({ type: 'activity.started', atMs: ms(atS), activity, actionId: `${activity}-start` })
      }
      active.splice(active.indexOf(activity), 1)
      return push({ type: 'activity.stopped', atMs: ms(atS), activity, actionId: `${activity}-stop`, durationMs: 0 })
    },
    end(
      atS: number,
      outcome: Omit<Outcome, 'atMs'> = { id: 'time-limit', label: 'Time limit', success: false },
    ): number {
      return push({ type: 'sim.ended', atMs: ms(atS), outcome: { ...outcome, atMs: ms(atS) }, vitals })
    },
  }
}

export function itemOf(report: ScoreReport, id: string): ScoreItem {
  const item = report.items.find((i) => i.id === id)
  if (!item) throw new Error(`no rubric item ${id} in the report`)
  return item
}
