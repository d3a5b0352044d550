import type { AmountRange, Unit } from '../scenario/schema/index.ts'
import type { Amount } from './types.ts'

/** Base unit and factor of each unit; per-kg units share the base of their mass/volume/energy. */
const UNIT_BASE: Record<Unit, { base: string; factor: number; perKg: boolean }> = {
  mcg: { base: 'g', factor: 1e-6, perKg: false },
  mg: { base: 'g', factor: 1e-3, perKg: false },
  g: { base: 'g', factor: 1, perKg: false },
  'mcg/kg': { base: 'g', factor: 1e-6, perKg: true },
  'mg/kg': { base: 'g', factor: 1e-3, perKg: true },
  mL: { base: 'L', factor: 1e-3, perKg: false },
  'mL/kg': { base: 'L', factor: 1e-3, perKg: true },
  L: { base: 'L', factor: 1, perKg: false },
  units: { base: 'units', factor: 1, perKg: false },
  mmol: { base: 'mmol', factor: 1, perKg: false },
  J: { base: 'J', factor: 1, perKg: false },
  'J/kg': { base: 'J', factor: 1, perKg: true },
  'L/min': { base: 'L/min', factor: 1, perKg: false },
}

/**
 * Converts an amount to the unit of a range, applying the patient's weight for per-kg units.
 * Returns null when the units measure different things (e.g. mL typed for a mg range).
 */
export function convertAmount(amount: Amount, to: Unit, weightKg: number): number | null {
  const from = UNIT_BASE[amount.unit]
  const target = UNIT_BASE[to]
  if (from.base !== target.base) return null
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
