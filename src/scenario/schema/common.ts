import { z } from 'zod'

/** Kebab-case identifier used for scenario, state, action, rubric and reference ids. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a kebab-case id (lower-case letters, digits and "-")')
  .describe('Kebab-case identifier')

export const Text = z.string().trim().min(1, 'expected a non-empty text')

export const Seconds = z.number().min(0, 'expected a number of seconds ≥ 0').describe('Duration in seconds')

/**
 * A number, or a `[min, max]` range the engine draws from once per seed (uniformly), so that a
 * learner cannot memorise one path.
 */
export const varied = (num: z.ZodNumber) =>
  z.union([
    num,
    z
      .tuple([num, num])
      .refine(([lo, hi]) => lo <= hi, 'expected a range [min, max] with min ≤ max')
      .describe('Range [min, max] drawn once per seed'),
  ])

export const VariedSeconds = varied(Seconds)

/** One id or a list of ids of the `references` map. */
export const RefIds = z
  .union([Id, z.array(Id).min(1)])
  .describe('Id(s) of the `references` entries that this clinical number rests on')

export const UNITS = [
  'mg',
  'mcg',
  'g',
  'mg/kg',
  'mcg/kg',
  'mL',
  'mL/kg',
  'L',
  'units',
  'mmol',
  'J',
  'J/kg',
  'L/min',
] as const
export const Unit = z.enum(UNITS).describe('Unit of an amount (dose, volume, energy or flow)')

export const ROUTES = ['iv', 'io', 'im', 'in', 'sc', 'po', 'neb', 'inh', 'sl', 'pr', 'et'] as const
export const Route = z.enum(ROUTES).describe('Route of administration')

/** A numeric window on an amount the learner typed, e.g. 0.4–0.6 mg, or 0.01 mg/kg per body weight. */
export const AmountRange = z
  .strictObject({
    min: z.number().min(0).optional(),
    max: z.number().min(0).optional(),
    unit: Unit,
  })
  .refine((r) => r.min !== undefined || r.max !== undefined, 'expected at least one of min or max')
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'expected min ≤ max')
  .describe('Amount window; per-kg units are multiplied by the patient weight')

export type Range = readonly [number, number]
export type Varied = number | Range
export type AmountRange = z.infer<typeof AmountRange>
export type Unit = z.infer<typeof Unit>
export type Route = z.infer<typeof Route>
