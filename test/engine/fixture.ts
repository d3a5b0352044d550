import { Scenario } from '../../src/scenario/schema/index.ts'

/**
 * A small scenario exercising each engine mechanism (trends, seeded ranges, lagged drug effects,
 * ongoing activities, defibrillator, access, delayed and threshold transitions, end conditions).
 * Parsed through the real schema so it stays a valid scene.
 */
export function engineFixture(overrides: Record<string, unknown> = {}) {
  return Scenario.parse({
    schemaVersion: 1,
    id: 'engine-fixture',
    title: 'Engine fixture',
    version: '1.0.0',
    summary: 'Test scenario',
    audience: ['test'],
    estimatedMinutes: 5,
    objectives: ['test the engine'],
    authors: [{ name: 'tests' }],
    references: { ref: { title: 'Ref', url: 'https://example.org/ref', edition: 'TEST' } },
    patient: {
      ageYears: 50,
      sex: 'male',
      weightKg: 80,
      history: [],
      allergies: [],
      medications: [],
      presentingComplaint: 'unwell',
    },
    briefing: 'A patient.',
    setting: { location: 'Ward', equipment: ['bed', 'monitor', 'defibrillator', 'oxygen', 'drug-cart'] },
    monitor: { shows: ['hr', 'sbp', 'dbp', 'spo2', 'rr'], alarms: { spo2: { low: 90 }, hr: { high: 130 } } },
    routeAccess: { iv: 'iv-access' },
    cpr: { assumedQuality: 0.5, perfusion: { sbp: 80, dbp: 30, etco2: 30 }, ref: 'ref' },
    initial: {
      state: 'sick',
      vitals: {
        hr: [110, 130],
        rhythm: 'sinus-tachycardia',
        sbp: 90,
        dbp: 50,
        spo2: [88, 92],
        rr: 28,
        etco2: 30,
        temp: 37,
        glucose: 6,
        gcs: 15,
      },
      findings: { airway: 'Patent', skin: 'Pale and clammy' },
    },
    states: {
      sick: { label: 'Sick', vitals: { spo2: 85, sbp: 80 }, trendS: 60, findings: { airway: 'Patent, talking' } },
      better: {
        label: 'Better',
        vitals: { rhythm: 'sinus', hr: 90, spo2: 97, sbp: 115 },
        trendS: 20,
        findings: { skin: 'Warm' },
      },
      arrest: { label: 'Arrest', vitals: { rhythm: 'vf', hr: 0, spo2: 60, rr: 0, gcs: 3 } },
    },
    transitions: [
      { from: 'sick', to: 'better', when: { action: { id: 'drug', routes: ['im'] } }, delayS: [30, 60], ref: 'ref' },
      { from: 'sick', to: 'arrest', when: { inStateS: 240 } },
      { from: 'arrest', to: 'better', when: { action: { id: 'shock', count: 2, sinceStateEntry: true } } },
    ],
    actions: {
      look: {
        kind: 'assessment',
        label: 'Look',
        category: 'assessment',
        reveals: ['airway', 'skin'],
        measures: ['spo2'],
      },
      oxygen: {
        kind: 'intervention',
        label: 'Oxygen',
        category: 'breathing',
        handler: 'ongoing-start',
        ongoing: 'oxygen',
        amount: { label: 'Flow', units: ['L/min'], max: 15 },
        effects: [{ target: { spo2: 95 } }],
      },
      bvm: {
        kind: 'intervention',
        label: 'Bag-mask ventilation',
        category: 'breathing',
        handler: 'ongoing-start',
        ongoing: 'bvm',
        effects: [{ when: { active: 'oxygen' }, target: { spo2: 99 } }],
      },
      'oxygen-stop': {
        kind: 'intervention',
        label: 'Stop oxygen',
        category: 'breathing',
        handler: 'ongoing-stop',
        ongoing: 'oxygen',
      },
      'iv-access': {
        kind: 'intervention',
        label: 'IV access',
        category: 'access',
        handler: 'vascular-access',
        access: 'iv',
      },
      drug: {
        kind: 'drug',
        label: 'Drug',
        category: 'drugs',
        routes: ['im', 'iv'],
        amount: { label: 'Dose', units: ['mg', 'mcg'], max: 10 },
        effects: [{ vitals: { hr: 20, sbp: 30 }, onsetS: 10, peakS: 20, durationS: 100, waneS: 50 }],
        ref: 'ref',
      },
      'cpr-start': { kind: 'intervention', label: 'Start CPR', category: 'cpr', handler: 'cpr-start' },
      'cpr-stop': { kind: 'intervention', label: 'Stop CPR', category: 'cpr', handler: 'cpr-stop' },
      pads: { kind: 'intervention', label: 'Pads', category: 'defibrillation', handler: 'defib-pads' },
      charge: {
        kind: 'intervention',
        label: 'Charge',
        category: 'defibrillation',
        handler: 'defib-charge',
        amount: { label: 'Energy', units: ['J'], max: 360 },
      },
      shock: { kind: 'intervention', label: 'Shock', category: 'defibrillation', handler: 'defib-shock' },
      help: { kind: 'communication', label: 'Call for help', category: 'communication', repeatable: false },
    },
    rubric: {
      masteryScore: 0.5,
      items: {
        drug: { label: 'Give the drug', class: 'critical', points: 1, rule: { performed: { action: { id: 'drug' } } } },
      },
    },
    end: {
      timeLimitS: 600,
      conditions: { recovered: { label: 'Recovered', success: true, when: { state: 'better', inStateS: 60 } } },
    },
    debrief: { prompts: ['What went well?'] },
    ...overrides,
  })
}
