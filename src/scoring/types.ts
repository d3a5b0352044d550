import type { Outcome } from '../engine/types.ts'
import type { Rule, RubricClass, Scenario } from '../scenario/schema/index.ts'
import type { RunLog } from './run-log.ts'

/** One event that decided a rubric item, for linking the report to the timeline. */
export interface Evidence {
  seq: number
  atMs: number
  /** Short human summary, e.g. "Adrenaline 500 mcg IM at 01:12". */
  summary: string
}

export interface ResolvedReference {
  id: string
  title: string
  url: string
  edition: string
}

export interface ScoreItem {
  id: string
  label: string
  class: RubricClass
  severity?: 'critical' | 'major' | 'minor'
  /** The item's points from the scene. */
  points: number
  /** Points earned (positive classes) or −points deducted (unnecessary/harmful), else 0. */
  awarded: number
  /** Rule satisfied (for avoided rules: the thing was NOT done). */
  met: boolean
  /**
   * False when the situation never arose (its state was never entered, its `while` never held long
   * enough): the item then counts neither way, and is left out of `max`, so doing nothing earns nothing.
   */
  applicable: boolean
  /** The rule in plain words. */
  rule: string
  evidence: Evidence[]
  /** Sim time of the deciding event; null when decided by absence (e.g. never performed). */
  decidedAtMs: number | null
  /** Why met / not met, e.g. "first at 03:05, 65 s late". */
  reason: string
  ref: ResolvedReference[]
  feedback?: string
}

export interface ScoreReport {
  scenarioId: string
  items: ScoreItem[]
  earned: number
  penalties: number
  /** Sum of the points of the applicable items of the positive classes. */
  max: number
  /** clamp((earned − penalties) / max, 0, 1), 4 decimals; 1 when max is 0 and nothing was penalised. */
  scaled: number
  masteryScore: number
  criticalMissed: string[]
  criticalHarm: string[]
  pass: boolean
  outcome: Outcome | null
  endedAtMs: number
}

/** What a rule family decides about one item. */
export interface RuleResult {
  met: boolean
  /** Default true; see ScoreItem.applicable. */
  applicable?: boolean
  evidence: Evidence[]
  decidedAtMs: number | null
  reason: string
}

export type RuleKey = keyof Rule & string
export type RuleSpec<K extends RuleKey> = NonNullable<Rule[K]>

export interface RuleInput {
  itemId: string
  scenario: Scenario
  log: RunLog
}

export type RuleEvaluator<K extends RuleKey> = (spec: RuleSpec<K>, input: RuleInput) => RuleResult
