import { z } from 'zod'
import { Text, varied } from './common.ts'

export const RHYTHMS = [
  'sinus',
  'sinus-tachycardia',
  'sinus-bradycardia',
  'af',
  'svt',
  'vt',
  'vf',
  'asystole',
  'pea',
] as const
export const Rhythm = z.enum(RHYTHMS).describe('Cardiac rhythm shown on the monitor')

/** Rhythms presumed pulseless unless a state sets `pulse: true` (only VT can really have one). */
export const PULSELESS_BY_DEFAULT: readonly Rhythm[] = ['vf', 'vt', 'asystole', 'pea']
export const SHOCKABLE_RHYTHMS: readonly Rhythm[] = ['vf', 'vt']

export const AVPU = z.enum(['A', 'V', 'P', 'U']).describe('Alert / Voice / Pain / Unresponsive')

const bounded = (min: number, max: number, what: string) =>
  z.number().min(min, `expected ${what} from ${min} to ${max}`).max(max, `expected ${what} from ${min} to ${max}`)

/** Numeric vitals, their units and plausible bounds. The engine clamps to these bounds. */
export const NUMERIC_VITALS = {
  hr: { unit: '/min', min: 0, max: 300, label: 'heart rate' },
  sbp: { unit: 'mmHg', min: 0, max: 300, label: 'systolic BP' },
  dbp: { unit: 'mmHg', min: 0, max: 200, label: 'diastolic BP' },
  spo2: { unit: '%', min: 0, max: 100, label: 'SpO2' },
  rr: { unit: '/min', min: 0, max: 80, label: 'respiratory rate' },
  etco2: { unit: 'mmHg', min: 0, max: 150, label: 'EtCO2' },
  temp: { unit: '°C', min: 25, max: 45, label: 'temperature' },
  glucose: { unit: 'mmol/L', min: 0, max: 60, label: 'glucose' },
  gcs: { unit: '', min: 3, max: 15, label: 'GCS' },
} as const
export type NumericVital = keyof typeof NUMERIC_VITALS
export const NUMERIC_VITAL_NAMES = Object.keys(NUMERIC_VITALS) as NumericVital[]
export const NumericVitalName = z.enum(NUMERIC_VITAL_NAMES as [NumericVital, ...NumericVital[]])

const vitalNumber = (k: NumericVital) => {
  const v = NUMERIC_VITALS[k]
  return bounded(v.min, v.max, 'a number').describe(`${v.label}${v.unit ? ` (${v.unit})` : ''}`)
}

const numericShape = <T extends z.ZodType>(f: (k: NumericVital) => T) =>
  Object.fromEntries(NUMERIC_VITAL_NAMES.map((k) => [k, f(k)])) as { [K in NumericVital]: T }

/** A complete set of vitals; numbers may be seeded ranges. Used for the initial presentation. */
export const InitialVitals = z.strictObject({
  ...numericShape((k) => varied(vitalNumber(k))),
  rhythm: Rhythm,
  pulse: z.boolean().optional().describe('Palpable pulse; default: false for vf/asystole/pea/vt, true otherwise'),
  avpu: AVPU.optional().describe('Default derived from GCS'),
})

/** Targets a clinical state trends toward; only the vitals that the state changes. */
export const TargetVitals = z.strictObject({
  ...numericShape((k) => varied(vitalNumber(k)).optional()),
  rhythm: Rhythm.optional(),
  pulse: z.boolean().optional(),
  avpu: AVPU.optional(),
})

/** Relative changes (e.g. `sbp: 20` raises systolic BP by 20 mmHg at the effect's peak). */
export const VitalDeltas = z.strictObject(numericShape(() => z.number().optional()))

/** Absolute values an ongoing intervention pulls vitals toward while it is active (e.g. oxygen → SpO2 96). */
export const VitalTargets = z.strictObject(numericShape((k) => vitalNumber(k).optional()))

/** Per-vital time constants in seconds (time to close ~63 % of the gap to the target). */
export const VitalTrends = z.strictObject(numericShape(() => z.number().positive().optional()))

/**
 * A threshold on the current value of each vital named; all must hold. With both bounds the value
 * must lie between them (`{ above: 90, below: 100 }`).
 */
export const VitalThresholds = z.strictObject(
  numericShape(() =>
    z
      .strictObject({ below: z.number().optional(), above: z.number().optional() })
      .refine((t) => t.below !== undefined || t.above !== undefined, 'expected `below` and/or `above`')
      .optional(),
  ),
)

/** Monitor alarm limits: the alarm sounds when a displayed vital is below `low` or above `high`. */
export const AlarmLimits = z.strictObject(
  numericShape(() =>
    z
      .strictObject({ low: z.number().optional(), high: z.number().optional() })
      .refine((t) => t.low !== undefined || t.high !== undefined, 'expected `low` and/or `high`')
      .refine((t) => t.low === undefined || t.high === undefined || t.low < t.high, 'expected low < high')
      .optional(),
  ),
)

/** Free-text findings keyed by what is examined (airway, breathSounds, skin, pupils, ...). */
export const Findings = z
  .record(z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'expected a camelCase finding key such as breathSounds'), Text)
  .describe('Findings revealed only when an assessment examines them')

export const SKIN = ['normal', 'pale', 'cyanosed', 'flushed', 'mottled'] as const
export const Skin = z.enum(SKIN)
export const BREATHING_DEPTH = ['none', 'shallow', 'normal', 'deep'] as const

/** What the 3D patient shows in a state (read by the world, not by the engine). */
export const Appearance = z.strictObject({
  skin: Skin.optional(),
  breathingDepth: z.enum(BREATHING_DEPTH).optional(),
  eyes: z.enum(['open', 'closed']).optional().describe('Default derived from AVPU'),
  signs: z.array(z.string().regex(/^[a-z][a-z0-9-]*$/, 'expected a kebab-case sign such as urticaria')).optional(),
})

export type Rhythm = z.infer<typeof Rhythm>
export type AVPU = z.infer<typeof AVPU>
export type InitialVitals = z.infer<typeof InitialVitals>
export type TargetVitals = z.infer<typeof TargetVitals>
export type VitalDeltas = z.infer<typeof VitalDeltas>
export type VitalTargets = z.infer<typeof VitalTargets>
export type VitalThresholds = z.infer<typeof VitalThresholds>
export type AlarmLimits = z.infer<typeof AlarmLimits>
export type Appearance = z.infer<typeof Appearance>
export type Skin = z.infer<typeof Skin>
