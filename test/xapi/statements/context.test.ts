import type { Activity, Context } from '@xapi/xapi'
import { describe, expect, it } from 'vitest'
import {
  buildCompleted,
  buildContext,
  buildInitialized,
  mergeContextTemplate,
  statementsForEvent,
} from '../../../src/xapi/statements/index.ts'
import { CMI5, CONTEXT_EXTENSIONS, RESUS_PROFILE_VERSION_IRI } from '../../../src/xapi/vocabulary.ts'
import {
  cmi5Context,
  expertRun,
  idSource,
  LMS_ACTIVITY_ID,
  PUBLISHER_AU_ID,
  SESSION_ID,
  standaloneContext,
  xapiWarnings,
} from './fixtures.ts'

const SESSION = CMI5.sessionIdExtension
const COHORT = 'https://lms.example.com/xapi/extensions/cohort'
const LMS_CATEGORY = 'https://lms.example.com/xapi/categories/mandatory-training'
const WARD = 'https://lms.example.com/xapi/activities/ward-7'

/** A template with more than the cmi5 minimum, including values that clash with what Resus would set. */
const richTemplate = (): Context => ({
  registration: '11111111-2222-4333-8444-555555555555',
  platform: 'Example LMS 5.2',
  language: 'fr-FR',
  revision: 'lms-revision-3',
  contextActivities: {
    grouping: [{ id: PUBLISHER_AU_ID }],
    category: [{ id: LMS_CATEGORY }],
    // xAPI 1.0 allows a single activity where a list is expected.
    other: { id: WARD } as unknown as Activity[],
  },
  extensions: {
    [SESSION]: SESSION_ID,
    [COHORT]: { year: 2026, group: 'B' },
    // A template value for one of our own keys wins too.
    [CONTEXT_EXTENSIONS.inputMode]: 'lms-says-desktop',
  },
})

describe('contextTemplate merging (cmi5 §10: never overwrite the template)', () => {
  it('keeps every template value and adds ours around them', () => {
    const template = richTemplate()
    const frozen = structuredClone(template)
    const ctx = cmi5Context({ contextTemplate: template, sessionId: 'resus-would-say-this' })
    const action = expertRun.events.find((e) => e.type === 'action.performed')
    if (!action) throw new Error('no action')
    const context = statementsForEvent(action, ctx, idSource()())?.context

    // Template scalars win.
    expect(context?.registration).toBe(template.registration)
    expect(context?.platform).toBe('Example LMS 5.2')
    expect(context?.language).toBe('fr-FR')
    expect(context?.revision).toBe('lms-revision-3')
    // Template activities first, ours appended.
    expect(context?.contextActivities?.grouping?.map((a) => a.id)).toEqual([
      PUBLISHER_AU_ID,
      'https://resus.local/xapi/activities/scenarios/anaphylaxis-adult',
    ])
    expect(context?.contextActivities?.category?.map((a) => a.id)).toEqual([LMS_CATEGORY, RESUS_PROFILE_VERSION_IRI])
    expect(context?.contextActivities?.other).toEqual([{ id: WARD }])
    expect(context?.contextActivities?.parent?.map((a) => a.id)).toEqual([LMS_ACTIVITY_ID])
    // Template extensions win key by key; ours are added.
    expect(context?.extensions?.[SESSION]).toBe(SESSION_ID)
    expect(context?.extensions?.[COHORT]).toEqual({ year: 2026, group: 'B' })
    expect(context?.extensions?.[CONTEXT_EXTENSIONS.inputMode]).toBe('lms-says-desktop')
    expect(context?.extensions?.[CONTEXT_EXTENSIONS.simTime]).toBe(action.atMs)
    // The template itself is untouched, and not shared with the statement.
    expect(template).toEqual(frozen)
    ;(context?.extensions?.[COHORT] as { year: number }).year = 1999
    expect(template.extensions?.[COHORT]).toEqual({ year: 2026, group: 'B' })
  })

  it('also holds for cmi5 defined statements, which add the cmi5 (and moveon) categories after the template', () => {
    const ctx = cmi5Context({ contextTemplate: richTemplate() })
    const completed = buildCompleted(ctx, idSource()(), { durationMs: 1_000 })
    expect(completed.context?.contextActivities?.category?.map((a) => a.id)).toEqual([
      LMS_CATEGORY,
      RESUS_PROFILE_VERSION_IRI,
      CMI5.categoryActivityId,
      CMI5.moveOnActivityId,
    ])
    expect(completed.context?.platform).toBe('Example LMS 5.2')
    expect(completed.context?.contextActivities?.parent).toBeUndefined()
    expect(xapiWarnings(completed)).toEqual([])
  })

  it('does not add an activity the template already lists (same id), keeping the template version', () => {
    const ours: Context = { contextActivities: { grouping: [{ id: PUBLISHER_AU_ID, definition: { type: 'x:ours' } }] } }
    const template: Context = { contextActivities: { grouping: [{ id: PUBLISHER_AU_ID }] } }
    expect(mergeContextTemplate(template, ours).contextActivities?.grouping).toEqual([{ id: PUBLISHER_AU_ID }])
  })

  it('without a template, our context is used as is', () => {
    const ours = buildContext(standaloneContext())
    expect(mergeContextTemplate(undefined, ours)).toBe(ours)
  })
})

describe('the context Resus adds', () => {
  it('stand-alone: the scenario is the AU (parent), no grouping, session id from the context', () => {
    const ctx = standaloneContext()
    const context = buildContext(ctx)
    expect(context.contextActivities?.parent?.map((a) => a.id)).toEqual([ctx.auActivityId])
    expect(context.contextActivities?.grouping).toBeUndefined()
    expect(context.extensions?.[SESSION]).toBe(ctx.sessionId)
    expect(context.registration).toBe(ctx.registration)
  })

  it('the profile version goes in category as a profile activity (xAPI Profiles §5.0)', () => {
    const category = buildContext(cmi5Context()).contextActivities?.category
    expect(category).toEqual([
      {
        objectType: 'Activity',
        id: RESUS_PROFILE_VERSION_IRI,
        definition: { type: 'http://adlnet.gov/expapi/activities/profile' },
      },
    ])
  })

  it('initialized carries the cmi5 category but not moveon, and no parent', () => {
    const s = buildInitialized(cmi5Context(), idSource()())
    expect(s.context?.contextActivities?.category?.map((a) => a.id)).toEqual([
      RESUS_PROFILE_VERSION_IRI,
      CMI5.categoryActivityId,
    ])
    expect(s.context?.contextActivities?.parent).toBeUndefined()
  })

  it('omits language when the context has none', () => {
    const { language: _none, ...ctx } = cmi5Context()
    expect(buildContext(ctx).language).toBeUndefined()
  })
})
