import type { ActionMatch, Condition, NumericVital, Scenario, Varied } from '../scenario/schema/index.ts'
import { matchIds, NUMERIC_VITALS } from '../scenario/schema/index.ts'
import { actionLabel, formatAmountRange, times } from './format.ts'

/** Present tense for the rule ("while the patient has no pulse"), past for a reason ("while ... had no pulse"). */
export type Tense = 'present' | 'past'

/** "Adrenaline (adrenaline) 0.45–0.55 mg IM": the action a match names, with its amount window and routes. */
export function describeActionMatch(match: ActionMatch, scenario: Scenario): string {
  let words = matchIds(match)
    .map((id) => `${actionLabel(scenario, id)} (${id})`)
    .join(' or ')
  if (match.amount) words += ` ${formatAmountRange(match.amount, scenario.patient.weightKg)}`
  if (match.routes) words += ` ${match.routes.map((r) => r.toUpperCase()).join('/')}`
  return words
}

/** A condition in words, e.g. "the patient has no pulse and cpr is not active". */
export function describeCondition(cond: Condition, scenario: Scenario, tense: Tense = 'present'): string {
  return phrase(cond, scenario, tense).text
}

interface Phrase {
  text: string
  /** Joined from several parts with and/or: needs parentheses inside a phrase joined with the other word. */
  joinedBy: 'and' | 'or' | null
}

function phrase(cond: Condition, scenario: Scenario, tense: Tense): Phrase {
  const parts: Phrase[] = []
  for (const key of KEY_ORDER) {
    const part = keyPhrase(key, cond, scenario, tense)
    if (part) parts.push(part)
  }
  return join(parts, 'and')
}

/** A fixed reading order (parsing does not keep the author's key order): who/where first, then when. */
const KEY_ORDER: readonly (keyof Condition)[] = [
  'state',
  'pulse',
  'vitals',
  'active',
  'inStateS',
  'elapsedS',
  'action',
  'not',
  'all',
  'any',
]

function join(parts: Phrase[], word: 'and' | 'or'): Phrase {
  if (parts.length === 1 && parts[0]) return parts[0]
  const text = parts.map((p) => (p.joinedBy && p.joinedBy !== word ? `(${p.text})` : p.text)).join(` ${word} `)
  return { text, joinedBy: word }
}

const joinAll = (conds: Condition[], word: 'and' | 'or', scenario: Scenario, tense: Tense) =>
  join(
    conds.map((c) => phrase(c, scenario, tense)),
    word,
  )

const simple = (text: string): Phrase => ({ text, joinedBy: null })

function keyPhrase(key: keyof Condition, cond: Condition, scenario: Scenario, tense: Tense): Phrase | null {
  const is = tense === 'present' ? 'is' : 'was'
  const has = tense === 'present' ? 'has' : 'had'
  switch (key) {
    case 'all':
      return cond.all ? joinAll(cond.all, 'and', scenario, tense) : null
    case 'any':
      return cond.any ? joinAll(cond.any, 'or', scenario, tense) : null
    case 'not':
      return cond.not ? negate(cond.not, scenario, tense) : null
    case 'state':
      return cond.state === undefined ? null : simple(`in state ${[cond.state].flat().join(' or ')}`)
    case 'inStateS':
      return cond.inStateS === undefined ? null : simple(`the state ${has} lasted at least ${seconds(cond.inStateS)}`)
    case 'elapsedS':
      return cond.elapsedS === undefined ? null : simple(`the run ${has} lasted at least ${seconds(cond.elapsedS)}`)
    case 'action':
      return cond.action ? simple(actionPhrase(cond.action, scenario, has)) : null
    case 'active':
      return cond.active === undefined ? null : simple(`${cond.active} ${is} active`)
    case 'pulse':
      return cond.pulse === undefined ? null : simple(`the patient ${has} ${cond.pulse ? 'a' : 'no'} pulse`)
    case 'vitals':
      return cond.vitals ? join(vitalPhrases(cond.vitals).map(simple), 'and') : null
  }
}

/** Negations read naturally for the one-key conditions people write most. */
function negate(inner: Condition, scenario: Scenario, tense: Tense): Phrase {
  const single = Object.values(inner).filter((v) => v !== undefined).length === 1
  const [is, has] = tense === 'present' ? ['is', 'has'] : ['was', 'had']
  if (single && inner.active !== undefined) return simple(`${inner.active} ${is} not active`)
  if (single && inner.pulse !== undefined) return simple(`the patient ${has} ${inner.pulse ? 'no' : 'a'} pulse`)
  if (single && inner.state !== undefined) return simple(`not in state ${[inner.state].flat().join(' or ')}`)
  if (single && inner.action) return simple(actionPhrase(inner.action, scenario, `${has} not`))
  return simple(`not (${describeCondition(inner, scenario, tense)})`)
}

function actionPhrase(match: ActionMatch, scenario: Scenario, has: string): string {
  let words = `${describeActionMatch(match, scenario)} ${has} been performed`
  if (match.count !== undefined && match.count > 1) words += ` ${times(match.count)}`
  if (match.withinLastS !== undefined) words += ` in the last ${match.withinLastS} s`
  if (match.sinceStateEntry) words += ' since entering the state'
  return words
}

function vitalPhrases(vitals: NonNullable<Condition['vitals']>): string[] {
  const out: string[] = []
  for (const [name, limit] of Object.entries(vitals)) {
    if (!limit) continue
    const { label, unit } = NUMERIC_VITALS[name as NumericVital]
    const withUnit = (v: number) => (unit ? `${v} ${unit}` : `${v}`)
    if (limit.above !== undefined) out.push(`${label} above ${withUnit(limit.above)}`)
    if (limit.below !== undefined) out.push(`${label} below ${withUnit(limit.below)}`)
  }
  return out
}

const seconds = (v: Varied) => (typeof v === 'number' ? `${v} s` : `${v[0]}–${v[1]} s`)
