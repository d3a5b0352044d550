import type { AmountRange, Unit } from './schema/index.ts'

/**
 * What each unit measures and its factor to the quantity's base unit. Units of one quantity convert
 * into each other (per-kg units through the patient's weight), so a mg window can score a dose typed
 * in mcg or mg/kg, but never one in mL. The engine converts amounts with this same table.
 */
export const UNIT_DEFINITIONS: Record<Unit, { quantity: string; factor: number; perKg: boolean }> = {
  mcg: { quantity: 'mass', factor: 1e-6, perKg: false },
  mg: { quantity: 'mass', factor: 1e-3, perKg: false },
  g: { quantity: 'mass', factor: 1, perKg: false },
  'mcg/kg': { quantity: 'mass', factor: 1e-6, perKg: true },
  'mg/kg': { quantity: 'mass', factor: 1e-3, perKg: true },
  mL: { quantity: 'volume', factor: 1e-3, perKg: false },
  'mL/kg': { quantity: 'volume', factor: 1e-3, perKg: true },
  L: { quantity: 'volume', factor: 1, perKg: false },
  units: { quantity: 'units', factor: 1, perKg: false },
  mmol: { quantity: 'amount of substance', factor: 1, perKg: false },
  J: { quantity: 'energy', factor: 1, perKg: false },
  'J/kg': { quantity: 'energy', factor: 1, perKg: true },
  'L/min': { quantity: 'flow', factor: 1, perKg: false },
}

export const convertible = (a: Unit, b: Unit) => UNIT_DEFINITIONS[a].quantity === UNIT_DEFINITIONS[b].quantity

/** "0.4–0.6 mg", "≥ 150 J", "1 mg". */
export function describeWindow(range: AmountRange): string {
  const { min, max, unit } = range
  if (min !== undefined && max !== undefined) return min === max ? `${min} ${unit}` : `${min}–${max} ${unit}`
  return min !== undefined ? `≥ ${min} ${unit}` : `≤ ${String(max)} ${unit}`
}
