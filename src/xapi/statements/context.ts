import type { Activity, Context, Extensions } from '@xapi/xapi'
import {
  ADL_ACTIVITY_TYPES,
  CMI5,
  CONTEXT_EXTENSIONS,
  RESUS_PROFILE_VERSION_IRI,
  scenarioActivityId,
} from '../vocabulary.ts'
import { scenarioActivity } from './activities.ts'
import type { StatementContext } from './types.ts'

type ActivityListKey = 'parent' | 'grouping' | 'category' | 'other'
const ACTIVITY_LISTS: readonly ActivityListKey[] = ['parent', 'grouping', 'category', 'other']

/** Our profile version as a category context activity (xAPI Profiles 1.0, Part Two §5.0). */
export const PROFILE_CATEGORY_ACTIVITY: Activity = {
  objectType: 'Activity',
  id: RESUS_PROFILE_VERSION_IRI,
  definition: { type: ADL_ACTIVITY_TYPES.profile },
}
export const CMI5_CATEGORY_ACTIVITY: Activity = { objectType: 'Activity', id: CMI5.categoryActivityId }
export const MOVEON_CATEGORY_ACTIVITY: Activity = { objectType: 'Activity', id: CMI5.moveOnActivityId }

export interface ContextOptions {
  /** Set for cmi5 defined statements: adds the cmi5 category (and moveon), drops the AU parent (it is the object). */
  defined?: {
    moveOn: boolean
    /** cmi5 §9.6.3.2: the LMS masteryScore the passed/failed decision used. */
    masteryScore?: number
  }
  /** Statement-specific context extensions (sim time, vitals, clinical state). */
  extensions?: Extensions
  /** `contextActivities.other`, e.g. the action that caused a state change. */
  other?: Activity[]
}

/**
 * The context of one statement: what Resus adds (registration, AU parent, scenario grouping, profile category, cmi5
 * session id, run extensions) with the cmi5 contextTemplate merged over it, the template's values winning.
 */
export function buildContext(ctx: StatementContext, options: ContextOptions = {}): Context {
  const { defined } = options
  const scenarioId = scenarioActivityId(ctx.baseIri, ctx.scenario.id)
  const category = [
    PROFILE_CATEGORY_ACTIVITY,
    ...(defined ? [CMI5_CATEGORY_ACTIVITY, ...(defined.moveOn ? [MOVEON_CATEGORY_ACTIVITY] : [])] : []),
  ]
  const ours: Context = {
    registration: ctx.registration,
    contextActivities: {
      ...(!defined && { parent: [{ objectType: 'Activity', id: ctx.auActivityId }] }),
      // In a cmi5 launch the AU id is the LMS's; the scenario activity still groups every statement of the scenario.
      ...(scenarioId !== ctx.auActivityId && { grouping: [scenarioActivity(ctx)] }),
      category,
      ...(options.other?.length && { other: options.other }),
    },
    revision: ctx.scenario.version,
    platform: ctx.platform,
    ...(ctx.language !== undefined && { language: ctx.language }),
    extensions: {
      [CMI5.sessionIdExtension]: ctx.sessionId,
      ...(defined?.masteryScore !== undefined && { [CMI5.masteryScoreExtension]: defined.masteryScore }),
      ...options.extensions,
      [CONTEXT_EXTENSIONS.scenario]: {
        id: ctx.scenario.id,
        version: ctx.scenario.version,
        ...(ctx.scenarioHash !== undefined && { contentHash: ctx.scenarioHash }),
      },
      [CONTEXT_EXTENSIONS.seed]: ctx.seed,
      [CONTEXT_EXTENSIONS.inputMode]: ctx.inputMode,
    },
  }
  return mergeContextTemplate(ctx.contextTemplate, ours)
}

/**
 * Merges a cmi5 contextTemplate into our context (cmi5 §10, contextTemplate: "MUST NOT overwrite any values provided in
 * the contextTemplate"): every template value is kept as is; ours are added where the template has none. Activity
 * lists are unions (template first, ours appended unless the template has the same id); extensions merge key by key.
 */
export function mergeContextTemplate(template: Context | undefined, ours: Context): Context {
  if (!template) return ours
  const merged: Record<string, unknown> = { ...ours }
  for (const [key, value] of Object.entries(template) as [keyof Context, unknown][]) {
    if (value === undefined) continue
    if (key === 'contextActivities') merged[key] = mergeActivityLists(value as Context['contextActivities'], ours[key])
    else if (key === 'extensions') merged[key] = { ...ours.extensions, ...copy(value as Extensions) }
    else merged[key] = copy(value)
  }
  return merged as Context
}

function mergeActivityLists(
  template: Context['contextActivities'],
  ours: Context['contextActivities'],
): Context['contextActivities'] {
  const out: NonNullable<Context['contextActivities']> = {}
  for (const key of ACTIVITY_LISTS) {
    // xAPI 1.0 lets a single activity stand for a list of one (Data §2.4.6.2); normalise to arrays.
    const fromTemplate = toList(template?.[key]).map(copy)
    const ids = new Set(fromTemplate.map((a) => a.id))
    const list = [...fromTemplate, ...toList(ours?.[key]).filter((a) => !ids.has(a.id))]
    if (list.length) out[key] = list
  }
  return out
}

const toList = (value: Activity | Activity[] | undefined): Activity[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]

const copy = <T>(value: T): T => structuredClone(value)
