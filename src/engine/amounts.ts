import type { AmountRange, Unit } from '../scenario/schema/index.ts'
import { UNIT_DEFINITIONS } from '../scenario/units.ts'
import type { Amount } from './types.ts'

/**
 * Converts an amount to the unit of a range, applying the patient's weight for per-kg units.
 * Returns null when the units measure different things (e.g. mL typed for a mg range).
 */
export function convertAmount(amount: Amount, to: Unit, weightKg: number): number | null {
  const from = UNIT_DEFINITIONS[amount.unit]
  const target = UNIT_DEFINITIONS[to]
  if (from.quantity !== target.quantity) return null
  let inBase = amount.value * from.factor
  if (from.perKg && !target.perKg) inBase *= weightKg
  if (!from.perKg && target.perKg) inBase /= weightKg
  // Round away binary noise (0.1 mg → 100 mcg must compare equal).
  return Math.round((inBase / target.factor) * 1e9) / 1e9
}

export function amountInRange(amount: Amount | undefined, range: AmountRange, weightKg: number): boolean {
  if (!amount) return false
  const value = convertAmount(amount, range.unit, weightKg)
  if (value === null) return false
  return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max)
}

export function formatAmount(amount: Amount): string {
  return `${amount.value} ${amount.unit}`
}
