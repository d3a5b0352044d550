import type { Activity } from '@xapi/xapi'
import {
  ACTION_ACTIVITY_TYPES,
  ACTIVITY_EXTENSIONS,
  ACTIVITY_TYPES,
  ADL_ACTIVITY_TYPES,
  actionActivityId,
  findingActivityId,
  ongoingActivityId,
  outcomeActivityId,
  scenarioActivityId,
  stateActivityId,
} from '../vocabulary.ts'
import type { StatementContext } from './types.ts'

/** Language of scene-authored text (labels, findings): scenes are written in English. */
export const CONTENT_LANGUAGE = 'en'

const name = (text: string) => ({ [CONTENT_LANGUAGE]: text })

/** The scenario: ADL `simulation`, as the MedBiquitous VP profile types a virtual patient case. */
export function scenarioActivity(ctx: StatementContext): Activity {
  return {
    objectType: 'Activity',
    id: scenarioActivityId(ctx.baseIri, ctx.scenario.id),
    definition: { type: ADL_ACTIVITY_TYPES.simulation, name: name(ctx.scenario.title) },
  }
}

/** A scene action; an id the scene does not define (a refused unknown action) gets a bare activity. */
export function actionActivity(ctx: StatementContext, actionId: string): Activity {
  const id = actionActivityId(ctx.baseIri, ctx.scenario.id, actionId)
  const action = ctx.scenario.actions[actionId]
  if (!action) return { objectType: 'Activity', id }
  return {
    objectType: 'Activity',
    id,
    definition: {
      type: ACTION_ACTIVITY_TYPES[action.kind],
      name: name(action.label),
      extensions: { [ACTIVITY_EXTENSIONS.actionCategory]: action.category },
    },
  }
}

export function stateActivity(ctx: StatementContext, stateId: string): Activity {
  const state = ctx.scenario.states[stateId]
  return {
    objectType: 'Activity',
    id: stateActivityId(ctx.baseIri, ctx.scenario.id, stateId),
    definition: { type: ACTIVITY_TYPES.clinicalState, name: name(state?.label ?? stateId) },
  }
}

/** A finding key (e.g. `breathSounds`); its text depends on the state and travels in the statement's result. */
export function findingActivity(ctx: StatementContext, key: string): Activity {
  return {
    objectType: 'Activity',
    id: findingActivityId(ctx.baseIri, ctx.scenario.id, key),
    definition: { type: ACTIVITY_TYPES.clinicalFinding, name: name(key) },
  }
}

export function outcomeActivity(ctx: StatementContext, outcomeId: string, label: string): Activity {
  return {
    objectType: 'Activity',
    id: outcomeActivityId(ctx.baseIri, ctx.scenario.id, outcomeId),
    definition: { type: ACTIVITY_TYPES.clinicalOutcome, name: name(label) },
  }
}

/** An ongoing intervention by its engine id (`cpr`, `oxygen`, ...). */
export function ongoingActivity(ctx: StatementContext, ongoingId: string): Activity {
  return {
    objectType: 'Activity',
    id: ongoingActivityId(ctx.baseIri, ctx.scenario.id, ongoingId),
    definition: { type: ACTIVITY_TYPES.ongoingIntervention, name: name(ongoingId === 'cpr' ? 'CPR' : ongoingId) },
  }
}

/** The object of the cmi5 defined statements: the AU (LMS launch activityId), described only in stand-alone mode. */
export function auActivity(ctx: StatementContext): Activity {
  const scenario = scenarioActivity(ctx)
  return scenario.id === ctx.auActivityId ? scenario : { objectType: 'Activity', id: ctx.auActivityId }
}
