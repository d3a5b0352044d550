import type { Activity, Extensions, Result, Statement } from '@xapi/xapi'
import type { Amount, CprMetrics, EventOf, SimEvent, SimEventType, Vitals } from '../../engine/types.ts'
import { NUMERIC_VITAL_NAMES, type Route } from '../../scenario/schema/index.ts'
import { CONTEXT_EXTENSIONS, RESULT_EXTENSIONS, VERBS, type VerbRef } from '../vocabulary.ts'
import { actionActivity, findingActivity, ongoingActivity, outcomeActivity, stateActivity } from './activities.ts'
import { statementHead } from './statement-head.ts'
import { buildContext } from './context.ts'
import type { StatementContext, StatementIds } from './types.ts'

/*
 * Engine events → cmi5 *allowed* statements (no cmi5 category; between initialized and terminated).
 *
 * Events that give a statement (one each):
 *   action.performed   → interacted   the scene action (dose, route in result; vitals, state, sim time in context)
 *   action.refused     → attempted    the scene action, result.success false + refusal reason
 *   state.changed      → arrived      the new clinical state (the previous one in context, the causing action in `other`)
 *   sim.ended          → arrived      the outcome (result.success = whether it is a clinical success)
 *   finding.revealed   → experienced  the finding (its text in result)
 *   activity.started   → updated      CPR, with its starting quality (only CPR carries a quality)
 *   cpr.quality-changed→ updated      CPR, with the new quality and the measurements behind it (headset CPR)
 *
 * Events that give none, and why:
 *   sim.started, sim.paused, sim.resumed — session bookkeeping: the session's initialized/terminated (cmi5 builders)
 *     cover start and end; seed and scenario ride on every statement; pausing stops sim time and changes no care.
 *   transition.scheduled, effect.started, command.ignored — engine internals: what they lead to is reported when it
 *     happens (state.changed, the vitals); an ignored command changed nothing.
 *   rhythm.changed — always part of a state change, whose vitals snapshot holds the new rhythm.
 *   vital.measured, monitor.shown — what the learner saw is the measuring action's vitals snapshot (rounded; no SpO2/BP
 *     reading without a pulse) and follows from the scene; one statement per number would swamp the LRS.
 *   defib.pads-attached/analysed/charged/disarmed/shocked, access.established — each follows the learner's action of
 *     the same name, whose statement carries the energy (amount in J) and the rhythm and pulse (vitals): shockable is
 *     `rhythm ∈ {vf, vt} and no pulse`.
 *   activity.stopped — the stop action's statement has its sim time; the start's is known: the duration follows.
 *   alarm.raised/cleared — the monitor's response to vitals crossing the scene's limits, not a learner act; they follow
 *     from the vitals snapshots and the scene, and flap (raise/clear) often enough to flood the LRS. The debrief
 *     rebuilds them from the session recording.
 */

/** Whether an event type can give a statement: every engine event type is decided here (the compiler checks). */
const GIVES_STATEMENT: Record<SimEventType, boolean> = {
  'action.performed': true,
  'action.refused': true,
  'state.changed': true,
  'sim.ended': true,
  'finding.revealed': true,
  'activity.started': true, // only when it carries a quality (CPR)
  'cpr.quality-changed': true,
  'sim.started': false,
  'sim.paused': false,
  'sim.resumed': false,
  'command.ignored': false,
  'vital.measured': false,
  'transition.scheduled': false,
  'rhythm.changed': false,
  'activity.stopped': false,
  'defib.pads-attached': false,
  'defib.analysed': false,
  'defib.charged': false,
  'defib.disarmed': false,
  'defib.shocked': false,
  'access.established': false,
  'effect.started': false,
  'monitor.shown': false,
  'alarm.raised': false,
  'alarm.cleared': false,
}

/** Whether `statementsForEvent` gives a statement for this event: allocate ids only for these. */
export function givesStatement(event: SimEvent): boolean {
  if (event.type === 'activity.started') return event.quality !== undefined
  return GIVES_STATEMENT[event.type]
}

/**
 * The cmi5 allowed statement for one engine event, or null for events that carry nothing a learning record needs
 * (see the table above). Pure: ids and timestamp are inputs.
 */
export function statementsForEvent(event: SimEvent, ctx: StatementContext, ids: StatementIds): Statement | null {
  switch (event.type) {
    case 'action.performed':
      return performed(event, ctx, ids)
    case 'action.refused':
      return refused(event, ctx, ids)
    case 'state.changed':
      return stateChanged(event, ctx, ids)
    case 'sim.ended':
      return ended(event, ctx, ids)
    case 'finding.revealed':
      return revealed(event, ctx, ids)
    case 'activity.started':
      return event.quality === undefined ? null : cprQuality(ctx, ids, event.atMs, event.activity, event.quality)
    case 'cpr.quality-changed':
      return cprQuality(ctx, ids, event.atMs, 'cpr', event.quality, event.metrics)
    default:
      return null
  }
}

function performed(event: EventOf<'action.performed'>, ctx: StatementContext, ids: StatementIds): Statement {
  const { stateId, vitals } = event.context
  return statement(ctx, ids, VERBS.interacted, actionActivity(ctx, event.actionId), given(event.amount, event.route), {
    ...simTime(event.atMs),
    ...vitalsSnapshot(vitals),
    ...clinicalState(ctx, stateId),
  })
}

function refused(event: EventOf<'action.refused'>, ctx: StatementContext, ids: StatementIds): Statement {
  const result: Result = {
    success: false,
    extensions: { [RESULT_EXTENSIONS.refusalReason]: event.reason, ...given(event.amount, event.route)?.extensions },
  }
  return statement(ctx, ids, VERBS.attempted, actionActivity(ctx, event.actionId), result, simTime(event.atMs))
}

function stateChanged(event: EventOf<'state.changed'>, ctx: StatementContext, ids: StatementIds): Statement {
  const other = event.cause.kind === 'action' ? [actionActivity(ctx, event.cause.actionId)] : undefined
  return statement(
    ctx,
    ids,
    VERBS.arrived,
    stateActivity(ctx, event.to),
    undefined,
    { ...simTime(event.atMs), ...vitalsSnapshot(event.vitals), ...clinicalState(ctx, event.from) },
    other,
  )
}

function ended(event: EventOf<'sim.ended'>, ctx: StatementContext, ids: StatementIds): Statement {
  const { id, label, success } = event.outcome
  return statement(
    ctx,
    ids,
    VERBS.arrived,
    outcomeActivity(ctx, id, label),
    { success },
    {
      ...simTime(event.atMs),
      ...vitalsSnapshot(event.vitals),
    },
  )
}

function revealed(event: EventOf<'finding.revealed'>, ctx: StatementContext, ids: StatementIds): Statement {
  const result: Result = { extensions: { [RESULT_EXTENSIONS.findingText]: event.text } }
  return statement(ctx, ids, VERBS.experienced, findingActivity(ctx, event.key), result, simTime(event.atMs))
}

function cprQuality(
  ctx: StatementContext,
  ids: StatementIds,
  atMs: number,
  ongoingId: string,
  quality: number,
  metrics?: CprMetrics,
): Statement {
  const result: Result = {
    extensions: {
      [RESULT_EXTENSIONS.cprQuality]: quality,
      ...(metrics && { [RESULT_EXTENSIONS.cprMetrics]: { ...metrics } }),
    },
  }
  return statement(ctx, ids, VERBS.updated, ongoingActivity(ctx, ongoingId), result, simTime(atMs))
}

// ------------------------------------------------------------------ pieces

function statement(
  ctx: StatementContext,
  ids: StatementIds,
  verb: VerbRef,
  object: Activity,
  result: Result | undefined,
  extensions: Extensions,
  other?: Activity[],
): Statement {
  return {
    ...statementHead(ctx, ids, verb),
    object,
    ...(result && { result }),
    context: buildContext(ctx, { extensions, ...(other && { other }) }),
  }
}

/** Dose/volume/energy/flow and route the learner chose, as result extensions; undefined when neither. */
function given(amount: Amount | undefined, route: Route | undefined): Result | undefined {
  if (!amount && !route) return undefined
  return {
    extensions: {
      ...(amount && { [RESULT_EXTENSIONS.amount]: { value: amount.value, unit: amount.unit } }),
      ...(route && { [RESULT_EXTENSIONS.route]: route }),
    },
  }
}

const simTime = (atMs: number): Extensions => ({ [CONTEXT_EXTENSIONS.simTime]: Math.round(atMs) })

const VITAL_KEYS: readonly (keyof Vitals)[] = [...NUMERIC_VITAL_NAMES, 'rhythm', 'pulse', 'avpu']

/** The engine's vitals snapshot in a fixed key order (only the known keys). */
const vitalsSnapshot = (vitals: Vitals): Extensions => ({
  [CONTEXT_EXTENSIONS.vitals]: Object.fromEntries(VITAL_KEYS.map((k) => [k, vitals[k]])),
})

const clinicalState = (ctx: StatementContext, stateId: string): Extensions => ({
  [CONTEXT_EXTENSIONS.clinicalState]: { id: stateId, label: ctx.scenario.states[stateId]?.label ?? stateId },
})
