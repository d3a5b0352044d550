import { z } from 'zod'
import { AmountRange, Id, RefIds, Route, Seconds, Text, Unit } from './common.ts'
import { NumericVitalName, VitalDeltas, VitalTargets } from './vitals.ts'

export const ACTION_KINDS = ['assessment', 'intervention', 'drug', 'communication'] as const

/** ABCDE-style groups the action menu is organised by. */
export const ACTION_CATEGORIES = [
  'assessment',
  'airway',
  'breathing',
  'circulation',
  'cpr',
  'defibrillation',
  'access',
  'drugs',
  'fluids',
  'communication',
] as const

/** Equipment that the 3D room can place; actions name the object a learner clicks to reach them. */
export const EQUIPMENT = [
  'bed',
  'monitor',
  'defibrillator',
  'oxygen',
  'bvm',
  'suction',
  'airway-trolley',
  'drug-cart',
  'iv-stand',
  'glucometer',
  'phone',
] as const
export const Equipment = z.enum(EQUIPMENT)

/**
 * Built-in behaviours the engine implements for devices and ongoing care; any other action is
 * generic (its effects only).
 */
export const HANDLERS = [
  'cpr-start',
  'cpr-stop',
  'ongoing-start',
  'ongoing-stop',
  'defib-pads',
  'defib-analyse',
  'defib-charge',
  'defib-shock',
  'defib-disarm',
  'vascular-access',
] as const

/**
 * What an action does. All lagged fields are seconds from the moment the action is performed:
 * the change starts at `onsetS`, reaches its peak at `peakS`, holds until `durationS`, then wanes
 * over `waneS`. For ongoing actions, `target`/`vitals` effects last while the action is active.
 */
export const Effect = z
  .strictObject({
    when: z
      .strictObject({
        routes: z.array(Route).min(1).optional(),
        amount: AmountRange.optional(),
        states: z
          .array(Id)
          .min(1)
          .optional()
          .describe('Only in these states (for ongoing actions: re-checked every step while running)'),
        active: Id.optional().describe(
          'Only while this ongoing activity also runs (e.g. bag-mask ventilation raises SpO2 only with oxygen on)',
        ),
      })
      .optional()
      .describe('The effect applies only when the action matches this'),
    toState: Id.optional().describe('Move the patient to this clinical state'),
    vitals: VitalDeltas.optional().describe('Change vitals by these amounts at the peak'),
    target: VitalTargets.optional().describe('Ongoing actions: pull vitals toward these values while active'),
    monitor: z.array(NumericVitalName).min(1).optional().describe('Start displaying these vitals on the monitor'),
    onsetS: Seconds.optional().describe('Delay before the change starts (default 0)'),
    peakS: Seconds.optional().describe('Time of the full effect (default = onsetS)'),
    durationS: Seconds.optional().describe('End of the full effect (default: lasts for the rest of the run)'),
    waneS: Seconds.optional().describe('Time to wear off after durationS (default 60)'),
    ref: RefIds.optional(),
  })
  .refine(
    (e) => e.toState !== undefined || e.vitals !== undefined || e.target !== undefined || e.monitor !== undefined,
    'expected at least one of toState, vitals, target, monitor',
  )

/** The amount a learner must type (drug dose, shock energy, oxygen flow, fluid volume): never suggested. */
export const AmountInput = z.strictObject({
  label: Text.describe('What the learner types, e.g. "Dose", "Energy", "Flow"'),
  units: z.array(Unit).min(1).describe('Units the learner may choose'),
  max: z
    .number()
    .positive()
    .optional()
    .describe(
      'In the first of `units` (others are converted): entries above it are refused as implausible (typo guard)',
    ),
})

export const Action = z.strictObject({
  kind: z.enum(ACTION_KINDS),
  label: Text,
  category: z.enum(ACTION_CATEGORIES),
  equipment: Equipment.optional().describe('3D object the learner clicks to reach this action'),
  shortcut: z
    .string()
    .regex(/^[a-z0-9]$/, 'expected a single lower-case letter or digit')
    .optional(),
  description: Text.optional(),
  handler: z.enum(HANDLERS).optional().describe('Built-in device behaviour'),
  ongoing: Id.optional().describe('For ongoing-start/stop handlers: the id of what runs (e.g. oxygen)'),
  access: z.enum(['iv', 'io']).optional().describe('For the vascular-access handler'),
  reveals: z.array(z.string()).min(1).optional().describe('Finding keys this assessment reveals'),
  measures: z
    .array(z.enum(['hr', 'sbp', 'dbp', 'spo2', 'rr', 'etco2', 'temp', 'glucose', 'gcs', 'rhythm', 'pulse']))
    .min(1)
    .optional()
    .describe('Vitals this assessment measures (a snapshot shown to the learner)'),
  amount: AmountInput.optional(),
  routes: z.array(Route).min(1).optional().describe('Allowed routes for a drug'),
  requires: z.array(Id).min(1).optional().describe('Actions that must have been performed first'),
  repeatable: z.boolean().optional().describe('Default true; false refuses a second performance'),
  durationS: Seconds.optional().describe('How long performing it takes in the room (e.g. pulse check ≤ 10 s)'),
  effects: z.array(Effect).optional(),
  ref: RefIds.optional(),
})

export type Effect = z.infer<typeof Effect>
export type Action = z.infer<typeof Action>
export type ActionKind = (typeof ACTION_KINDS)[number]
export type Handler = (typeof HANDLERS)[number]
export type Equipment = z.infer<typeof Equipment>
