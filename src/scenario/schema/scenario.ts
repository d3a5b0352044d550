import { z } from 'zod'
import { Action, Equipment } from './actions.ts'
import { Id, RefIds, Route, Seconds, Text, VariedSeconds } from './common.ts'
import { Cpr } from './cpr.ts'
import { Condition } from './conditions.ts'
import { Rubric } from './rubric.ts'
import {
  AlarmLimits,
  Appearance,
  Findings,
  InitialVitals,
  NumericVitalName,
  TargetVitals,
  VitalTrends,
} from './vitals.ts'

export const SCHEMA_VERSION = 1

export const Reference = z.strictObject({
  title: Text,
  // Only web links: references are rendered as links in the results and the debrief.
  url: z.url({ protocol: /^https?$/, hostname: z.regexes.domain, message: 'expected an http(s) URL' }),
  edition: Text.describe('Guideline profile / edition, e.g. ERC2021, RCUK2021, AHA2020, ERC2025'),
  section: Text.optional(),
})

export const Patient = z.strictObject({
  name: Text.optional().describe('Fictional name used in the briefing'),
  ageYears: z.number().min(0).max(120),
  sex: z.enum(['female', 'male']),
  weightKg: z.number().positive().max(300).describe('Used for per-kg doses'),
  history: z.array(Text),
  allergies: z.array(Text),
  medications: z.array(Text),
  presentingComplaint: Text,
})

export const State = z.strictObject({
  label: Text,
  description: Text.optional(),
  vitals: TargetVitals.describe('Targets the vitals trend toward in this state'),
  trendS: z.number().positive().optional().describe('Default time constant (s) for reaching the targets'),
  trends: VitalTrends.optional().describe('Per-vital time constants overriding trendS'),
  findings: Findings.optional().describe('Findings in this state (fall back to the initial findings)'),
  appearance: Appearance.optional(),
})

export const Transition = z.strictObject({
  from: z.union([z.literal('*'), Id, z.array(Id).min(1)]).describe('State(s) this applies in; * for any'),
  to: Id,
  when: Condition,
  delayS: VariedSeconds.optional().describe('Fire this long after the condition first holds (e.g. drug onset)'),
  note: Text.optional(),
  ref: RefIds.optional(),
})

export const EndCondition = z.strictObject({
  label: Text,
  success: z.boolean().describe('Whether this outcome is a clinical success'),
  when: Condition,
  ref: RefIds.optional().describe('Guideline behind the thresholds of `when` (e.g. target SpO2)'),
})

const Monitor = z.strictObject({
  shows: z.array(NumericVitalName).min(1).describe('Vitals displayed from the start'),
  alarms: AlarmLimits.optional().describe('Alarm limits of the displayed vitals'),
})

export const Scenario = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: Id,
  title: Text,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'expected a semantic version such as 1.0.0'),
  summary: Text,
  audience: z.array(Text).min(1).describe('Roles this scenario is written for'),
  estimatedMinutes: z.number().positive().max(240),
  objectives: z.array(Text).min(1),
  authors: z.array(z.strictObject({ name: Text, role: Text.optional() })).min(1),
  references: z.record(Id, Reference),
  patient: Patient,
  briefing: Text.describe('Handover read to the learner before the scenario starts'),
  setting: z.strictObject({
    location: Text,
    description: Text.optional(),
    equipment: z.array(Equipment).min(1),
  }),
  monitor: Monitor,
  routeAccess: z
    .partialRecord(Route, Id)
    .optional()
    .describe('Route → action that must have been performed first (e.g. iv: iv-access)'),
  cpr: Cpr.optional(),
  initial: z.strictObject({
    state: Id,
    vitals: InitialVitals,
    findings: Findings,
    appearance: Appearance.optional(),
  }),
  states: z.record(Id, State),
  transitions: z.array(Transition),
  actions: z.record(Id, Action),
  rubric: Rubric,
  end: z.strictObject({
    timeLimitS: Seconds.describe('The run ends (outcome time-limit) after this much sim time'),
    conditions: z.record(Id, EndCondition),
  }),
  debrief: z.strictObject({ prompts: z.array(Text).min(1) }),
})

export type Scenario = z.infer<typeof Scenario>
export type State = z.infer<typeof State>
export type Transition = z.infer<typeof Transition>
export type EndCondition = z.infer<typeof EndCondition>
export type Reference = z.infer<typeof Reference>
export type Patient = z.infer<typeof Patient>
