import { convertAmount, formatAmount } from '../engine/amounts.ts'
import type { PerformedAction } from '../engine/types.ts'
import type { AmountRange, Scenario, Unit } from '../scenario/schema/index.ts'

/** Sim time as mm:ss (minutes keep counting past 59). */
export function formatSimTime(atMs: number): string {
  const totalS = Math.floor(atMs / 1000)
  const mm = String(Math.floor(totalS / 60)).padStart(2, '0')
  const ss = String(totalS % 60).padStart(2, '0')
  return `${mm}:${ss}`
}

/** A duration in whole seconds, or tenths when not whole: "65 s", "0.5 s". */
export function formatDuration(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`
}

export function ordinal(n: number): string {
  if (n === 1) return 'first'
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th')
  return `${n}${suffix}`
}

export function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`
}

export function actionLabel(scenario: Scenario, actionId: string): string {
  return scenario.actions[actionId]?.label ?? actionId
}

/** Per-kg units and the absolute unit they turn into for a given weight. */
const PER_KG_BASE: Partial<Record<Unit, Unit>> = { 'mg/kg': 'mg', 'mcg/kg': 'mcg', 'mL/kg': 'mL', 'J/kg': 'J' }

/** "0.45–0.55 mg", "≥ 150 J", "0.01 mg/kg (0.2 mg for 20 kg)". */
export function formatAmountRange(range: AmountRange, weightKg: number): string {
  const words = boundsWords(range.min, range.max, range.unit)
  const base = PER_KG_BASE[range.unit]
  if (!base) return words
  const abs = (v: number | undefined) =>
    v === undefined ? undefined : convertAmount({ value: v, unit: range.unit }, base, weightKg)
  return `${words} (${boundsWords(abs(range.min) ?? undefined, abs(range.max) ?? undefined, base)} for ${weightKg} kg)`
}

function boundsWords(min: number | undefined, max: number | undefined, unit: string): string {
  if (min !== undefined && max !== undefined) return min === max ? `${min} ${unit}` : `${min}–${max} ${unit}`
  if (min !== undefined) return `≥ ${min} ${unit}`
  return `≤ ${max} ${unit}`
}

/** "Adrenaline 500 mcg IM at 01:12". */
export function summarizeAction(scenario: Scenario, action: PerformedAction): string {
  const parts = [actionLabel(scenario, action.actionId)]
  if (action.amount) parts.push(formatAmount(action.amount))
  if (action.route) parts.push(action.route.toUpperCase())
  return `${parts.join(' ')} at ${formatSimTime(action.atMs)}`
}
