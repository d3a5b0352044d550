import { z } from 'zod'
import { AmountRange, Id, Route, Seconds, VariedSeconds } from './common.ts'
import { VitalThresholds } from './vitals.ts'

/**
 * Matches performed actions: which action, which route, which amount (dose, energy, flow, volume),
 * and how many of them, optionally only recent ones.
 */
export const ActionMatch = z.strictObject({
  id: z
    .union([Id, z.array(Id).min(1)])
    .describe('Action id from `actions`, or a list of ids: any of them matches (e.g. head tilt or jaw thrust)'),
  routes: z.array(Route).min(1).optional().describe('Only administrations by one of these routes'),
  amount: AmountRange.optional().describe('Only administrations whose typed amount lies in this window'),
  count: z.number().int().min(1).optional().describe('At least this many matching actions (default 1)'),
  withinLastS: Seconds.optional().describe('Only actions performed in the last N seconds of sim time'),
  sinceStateEntry: z.boolean().optional().describe('Only actions performed since the current state was entered'),
})

export type ActionMatch = z.infer<typeof ActionMatch>

/** The action ids a match accepts. */
export const matchIds = (match: Pick<ActionMatch, 'id'>): readonly string[] =>
  typeof match.id === 'string' ? [match.id] : match.id

/**
 * A condition over the simulation. Every key present must hold (an implicit AND); use `any` for OR
 * and `not` for negation. Used by transitions, end conditions and rubric `avoided`/`while` clauses.
 */
export type Condition = {
  all?: Condition[] | undefined
  any?: Condition[] | undefined
  not?: Condition | undefined
  state?: string | string[] | undefined
  inStateS?: number | readonly [number, number] | undefined
  elapsedS?: number | readonly [number, number] | undefined
  action?: ActionMatch | undefined
  active?: string | undefined
  vitals?: z.infer<typeof VitalThresholds> | undefined
  pulse?: boolean | undefined
}

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z
    .strictObject({
      all: z.array(Condition).min(1).optional().describe('All of these hold'),
      any: z.array(Condition).min(1).optional().describe('At least one of these holds'),
      not: Condition.optional().describe('This does not hold'),
      state: z
        .union([Id, z.array(Id).min(1)])
        .optional()
        .describe('The current clinical state is (one of) these'),
      inStateS: VariedSeconds.optional().describe('Time in the current state ≥ N s (a range is drawn per seed)'),
      elapsedS: VariedSeconds.optional().describe('Sim time since start ≥ N s (a range is drawn per seed)'),
      action: ActionMatch.optional().describe('Matching actions have been performed'),
      active: Id.optional().describe('This ongoing action (e.g. cpr, oxygen) is running now'),
      vitals: VitalThresholds.optional().describe('Current vitals cross these thresholds'),
      pulse: z.boolean().optional().describe('The patient has (true) or has no (false) palpable pulse'),
    })
    .refine((c) => Object.keys(c).length > 0, 'expected at least one condition key'),
)
