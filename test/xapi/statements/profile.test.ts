import type { Statement } from '@xapi/xapi'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CPR_METRIC_KEYS, createEngine, replay } from '../../../src/engine/index.ts'
import { ACTION_CATEGORIES, AVPU, NUMERIC_VITAL_NAMES, RHYTHMS, ROUTES, UNITS } from '../../../src/scenario/index.ts'
import {
  buildInitialized,
  buildTerminated,
  givesStatement,
  statementsForEvent,
  type StatementContext,
} from '../../../src/xapi/statements/index.ts'
import * as vocabulary from '../../../src/xapi/vocabulary.ts'
import { loadScene } from '../../scenes/load-scenes.ts'
import { anaphylaxis, cmi5Context, expertSession, idSource, reportScoring, standaloneContext } from './fixtures.ts'

const {
  ACTIVITY_EXTENSIONS,
  ACTIVITY_TYPES,
  CONTEXT_EXTENSIONS,
  RESULT_EXTENSIONS,
  RESUS_PROFILE_IRI,
  RESUS_PROFILE_VERSION_IRI,
  VERBS,
} = vocabulary

interface LanguageMap {
  [lang: string]: string
}
interface Concept {
  id: string
  type: string
  inScheme: string
  prefLabel: LanguageMap
  definition: LanguageMap
  recommendedVerbs?: string[]
  recommendedActivityTypes?: string[]
  schema?: string
  inlineSchema?: string
}
interface Rule {
  location: string
  selector?: string
  presence?: 'included' | 'excluded' | 'recommended'
  any?: unknown[]
  all?: unknown[]
  none?: unknown[]
}
interface Template {
  id: string
  type: string
  inScheme: string
  prefLabel: LanguageMap
  definition: LanguageMap
  verb?: string
  objectActivityType?: string
  rules?: Rule[]
}
interface Pattern {
  id: string
  type: string
  primary?: boolean
  inScheme?: string
  prefLabel?: LanguageMap
  definition?: LanguageMap
  alternates?: string[]
  optional?: string
  oneOrMore?: string
  sequence?: string[]
  zeroOrMore?: string
}
interface Profile {
  '@context': string
  id: string
  type: string
  conformsTo: string
  prefLabel: LanguageMap
  definition: LanguageMap
  author: { type: string; name: string }
  versions: { id: string; generatedAtTime: string; wasRevisionOf?: string[] }[]
  concepts: Concept[]
  templates: Template[]
  patterns: Pattern[]
}

const PROFILE_PATH = join(import.meta.dirname, '../../../public/profiles/resus.jsonld')
const profile = JSON.parse(readFileSync(PROFILE_PATH, 'utf8')) as Profile
const versionIds = profile.versions.map((v) => v.id)
const concepts = new Map(profile.concepts.map((c) => [c.id, c]))
const templates = new Map(profile.templates.map((t) => [t.id, t]))
const patterns = new Map(profile.patterns.map((p) => [p.id, p]))

/** xAPI Profiles 1.0, Part Two §7: the concept types. */
const CONCEPT_TYPES = [
  'Verb',
  'ActivityType',
  'AttachmentUsageType',
  'ContextExtension',
  'ResultExtension',
  'ActivityExtension',
  'StateResource',
  'AgentProfileResource',
  'ActivityProfileResource',
  'Activity',
]

/** Every string under our namespace reachable from the vocabulary module's exports (functions skipped). */
function ourIris(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (value === RESUS_PROFILE_IRI || value.startsWith(`${RESUS_PROFILE_IRI}/`)) found.add(value)
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) ourIris(v, found)
  return found
}
const vocabularyIris = ourIris(vocabulary)
const definedIris = new Set([profile.id, ...versionIds, ...concepts.keys()])

describe('public/profiles/resus.jsonld is an xAPI Profile (xAPI Profiles 1.0)', () => {
  it('has the profile properties', () => {
    expect(profile['@context']).toBe('https://w3id.org/xapi/profiles/context')
    expect(profile.id).toBe(RESUS_PROFILE_IRI)
    expect(profile.type).toBe('Profile')
    expect(profile.conformsTo).toBe('https://w3id.org/xapi/profiles#1.0')
    expect(profile.prefLabel.en).toBeTruthy()
    expect(profile.definition.en).toBeTruthy()
    expect(['Organization', 'Person']).toContain(profile.author.type)
    expect(versionIds).toContain(RESUS_PROFILE_VERSION_IRI)
    expect(versionIds).not.toContain(profile.id)
    for (const v of profile.versions) expect(Number.isNaN(Date.parse(v.generatedAtTime))).toBe(false)
  })

  it('has no empty values (Part Two §4.0: no empty objects, strings, arrays, no null)', () => {
    const walk = (v: unknown, path: string): void => {
      expect(v, path).not.toBeNull()
      if (typeof v === 'string') expect(v.length, path).toBeGreaterThan(0)
      else if (Array.isArray(v)) {
        expect(v.length, path).toBeGreaterThan(0)
        v.forEach((x, i) => walk(x, `${path}[${i}]`))
      } else if (v && typeof v === 'object') {
        expect(Object.keys(v).length, path).toBeGreaterThan(0)
        for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`)
      }
    }
    walk(profile, '$')
  })

  it('has concepts of the allowed types, each complete and in this version', () => {
    expect(concepts.size).toBe(profile.concepts.length)
    for (const c of profile.concepts) {
      expect(CONCEPT_TYPES, c.id).toContain(c.type)
      expect(versionIds, c.id).toContain(c.inScheme)
      expect(c.prefLabel.en, c.id).toBeTruthy()
      expect(c.definition.en, c.id).toBeTruthy()
      if (c.recommendedVerbs) expect(['ContextExtension', 'ResultExtension'], c.id).toContain(c.type)
      if (c.recommendedActivityTypes) expect(c.type, c.id).toBe('ActivityExtension')
      expect(c.schema !== undefined && c.inlineSchema !== undefined, c.id).toBe(false)
      if (c.inlineSchema) expect(() => JSON.parse(c.inlineSchema ?? ''), c.id).not.toThrow()
    }
  })

  it('defines only our own concepts: reused ADL / cmi5 / MedBiquitous IRIs are referenced, never redefined', () => {
    for (const id of concepts.keys()) expect(id.startsWith(`${RESUS_PROFILE_IRI}/`), id).toBe(true)
    for (const verb of Object.values(VERBS)) expect(concepts.has(verb.id), verb.id).toBe(false)
  })
})

describe('vocabulary.ts and the profile cannot drift', () => {
  it('every IRI of ours in vocabulary.ts is defined in the profile', () => {
    expect(vocabularyIris.size).toBeGreaterThan(10)
    for (const iri of vocabularyIris) expect(definedIris.has(iri), iri).toBe(true)
  })

  it('every concept of the profile is in vocabulary.ts', () => {
    for (const id of concepts.keys()) expect(vocabularyIris.has(id), id).toBe(true)
  })

  it('each concept has the type its place in vocabulary.ts says', () => {
    const expected: [Record<string, string>, string][] = [
      [ACTIVITY_TYPES, 'ActivityType'],
      [CONTEXT_EXTENSIONS, 'ContextExtension'],
      [RESULT_EXTENSIONS, 'ResultExtension'],
      [ACTIVITY_EXTENSIONS, 'ActivityExtension'],
    ]
    for (const [group, type] of expected)
      for (const iri of Object.values(group)) expect(concepts.get(iri)?.type, iri).toBe(type)
  })

  it('the extension schemas list the values the code uses', () => {
    const schemaOf = (iri: string) => JSON.parse(concepts.get(iri)?.inlineSchema ?? '{}')
    expect(schemaOf(RESULT_EXTENSIONS.route).enum).toEqual([...ROUTES])
    expect(schemaOf(RESULT_EXTENSIONS.amount).properties.unit.enum).toEqual([...UNITS])
    expect(schemaOf(ACTIVITY_EXTENSIONS.actionCategory).enum).toEqual([...ACTION_CATEGORIES])
    const vitals = schemaOf(CONTEXT_EXTENSIONS.vitals)
    expect(vitals.required).toEqual([...NUMERIC_VITAL_NAMES, 'rhythm', 'pulse', 'avpu'])
    expect(vitals.properties.rhythm.enum).toEqual([...RHYTHMS])
    expect(vitals.properties.avpu.enum).toEqual([...AVPU.options])
    expect(schemaOf(CONTEXT_EXTENSIONS.inputMode).enum).toEqual(['desktop', 'headset'])
    expect(schemaOf(RESULT_EXTENSIONS.cprMetrics).required).toEqual([...CPR_METRIC_KEYS])
    expect(Object.keys(schemaOf(RESULT_EXTENSIONS.cprMetrics).properties)).toEqual([...CPR_METRIC_KEYS])
  })
})

describe('templates and patterns', () => {
  const verbIds = new Set(Object.values(VERBS).map((v) => v.id))
  const ids = [...templates.keys(), ...patterns.keys()]

  it('are well formed', () => {
    expect(new Set(ids).size).toBe(ids.length)
    for (const t of profile.templates) {
      expect(t.type).toBe('StatementTemplate')
      expect(versionIds).toContain(t.inScheme)
      expect(t.prefLabel.en && t.definition.en, t.id).toBeTruthy()
      if (t.verb) expect(verbIds.has(t.verb), t.verb).toBe(true)
      if (t.objectActivityType) expect(Object.values(ACTIVITY_TYPES), t.id).toContain(t.objectActivityType)
      for (const rule of t.rules ?? []) {
        expect(rule.presence ?? rule.any ?? rule.all ?? rule.none, `${t.id} ${rule.location}`).toBeDefined()
        expect(() => evaluate(rule.location, {}), rule.location).not.toThrow()
      }
    }
    for (const p of profile.patterns) {
      expect(p.type).toBe('Pattern')
      const operators = (['alternates', 'optional', 'oneOrMore', 'sequence', 'zeroOrMore'] as const).filter(
        (k) => p[k] !== undefined,
      )
      expect(operators, p.id).toHaveLength(1)
      if (p.primary) expect(p.prefLabel && p.definition, p.id).toBeTruthy()
      for (const ref of members(p)) expect(templates.has(ref) || patterns.has(ref), ref).toBe(true)
      if (p.alternates) {
        expect(p.alternates.length).toBeGreaterThanOrEqual(2)
        for (const ref of p.alternates) {
          const inner = patterns.get(ref)
          expect(inner?.optional ?? inner?.zeroOrMore, `${ref} inside alternates`).toBeUndefined()
        }
      }
      if (p.sequence) expect(p.sequence.length).toBeGreaterThanOrEqual(2)
    }
  })

  it('use every template, and have one primary pattern', () => {
    const used = new Set(profile.patterns.flatMap(members))
    for (const id of templates.keys()) expect(used.has(id), id).toBe(true)
    expect(profile.patterns.filter((p) => p.primary)).toHaveLength(1)
  })
})

describe('what Resus sends follows the profile', () => {
  const sessions: [string, Statement[]][] = [
    ['cmi5 launch, passed', expertSession(cmi5Context(), 0.8)],
    ['cmi5 launch, failed', expertSession(cmi5Context(), 0.8, reportScoring(0.5))],
    ['stand-alone', expertSession(standaloneContext())],
    ['refusals and CPR', refusalsAndCpr()],
  ]

  it.each(sessions)('every statement matches exactly one template and follows its rules (%s)', (_, session) => {
    for (const s of session) {
      const matching = profile.templates.filter((t) => matches(t, s))
      expect(
        matching.map((t) => t.id),
        JSON.stringify(s),
      ).toHaveLength(1)
      const template = matching[0] as Template
      for (const rule of template.rules ?? []) expect(ruleHolds(rule, s), `${template.id}: ${rule.location}`).toBe(true)
    }
  })

  it.each(sessions)('the session follows the primary pattern (%s)', (_, session) => {
    const primary = profile.patterns.find((p) => p.primary) as Pattern
    const tokens = new Map([...templates.keys()].map((id, i) => [id, String.fromCharCode(65 + i)]))
    const word = session.map((s) => tokens.get(profile.templates.find((t) => matches(t, s))?.id ?? '') ?? '?').join('')
    expect(word).toMatch(new RegExp(`^(?:${patternRegex(primary.id, tokens)})$`))
  })

  it('the checks above do catch a statement or a session that breaks the profile', () => {
    const [initialized, ...rest] = structuredClone(sessions[0]?.[1] ?? [])
    const action = rest.find((s) => s.verb.id === VERBS.interacted.id) as Statement
    delete action.context?.extensions?.[CONTEXT_EXTENSIONS.simTime]
    const template = profile.templates.find((t) => matches(t, action)) as Template
    expect((template.rules ?? []).every((rule) => ruleHolds(rule, action))).toBe(false)

    const primary = profile.patterns.find((p) => p.primary) as Pattern
    const tokens = new Map([...templates.keys()].map((id, i) => [id, String.fromCharCode(65 + i)]))
    const word = (list: Statement[]) =>
      list.map((s) => tokens.get(profile.templates.find((t) => matches(t, s))?.id ?? '') ?? '?').join('')
    const regex = new RegExp(`^(?:${patternRegex(primary.id, tokens)})$`)
    expect(word([initialized as Statement, ...rest])).toMatch(regex)
    expect(word(rest)).not.toMatch(regex)
  })

  it.each(sessions)('every IRI of ours in the statements is defined in the profile (%s)', (_, session) => {
    for (const iri of ourIris(session)) expect(definedIris.has(iri), iri).toBe(true)
  })
})

// ------------------------------------------------------------------ helpers

/** A session with refused actions and headset CPR (vf-arrest), to cover the templates the expert run does not. */
function refusalsAndCpr(): Statement[] {
  const vf = loadScene('vf-arrest-adult.yaml')
  const ctx: StatementContext = { ...cmi5Context({ scenario: vf, inputMode: 'headset' }) }
  const engine = createEngine(vf, { seed: 3, maxAdvanceMs: Infinity })
  engine.advance(1_000)
  engine.dispatch({ type: 'action.perform', actionId: 'cpr-start', quality: 0.6 })
  engine.advance(2_000)
  engine.dispatch({ type: 'cpr.quality', quality: 0.85 })
  engine.dispatch({
    type: 'cpr.quality',
    quality: 0.9,
    metrics: {
      ratePerMin: 111,
      depthMm: 53,
      recoilFraction: 1,
      longestPauseS: 0,
      compressionFraction: 1,
      compressions: 18,
      windowS: 10,
    },
  })
  engine.dispatch({ type: 'action.perform', actionId: 'adrenaline', amount: { value: 1, unit: 'mg' }, route: 'iv' })
  engine.dispatch({ type: 'action.perform', actionId: 'no-such-action' })
  const refusedInAnaphylaxis = replay(anaphylaxis, 1, [
    { atMs: 5_000, command: { type: 'action.perform', actionId: 'fluid-bolus', route: 'iv' } },
  ]).events.filter((e) => e.type === 'action.refused')
  const next = idSource()
  const events = [...engine.getEvents(), ...refusedInAnaphylaxis].filter(givesStatement)
  expect(events.some((e) => e.type === 'action.refused')).toBe(true)
  expect(events.some((e) => e.type === 'cpr.quality-changed')).toBe(true)
  return [
    buildInitialized(ctx, next()),
    ...events.map((e) => statementsForEvent(e, ctx, next(e.atMs)) as Statement),
    buildTerminated(ctx, next(60_000), { durationMs: 60_000 }),
  ]
}

function members(p: Pattern): string[] {
  return [...(p.alternates ?? []), ...(p.sequence ?? []), p.optional, p.oneOrMore, p.zeroOrMore].filter(
    (x): x is string => x !== undefined,
  )
}

/** The pattern as a regular expression over one letter per template (enough to check our own output). */
function patternRegex(id: string, tokens: Map<string, string>): string {
  const token = tokens.get(id)
  if (token) return token
  const p = patterns.get(id)
  if (!p) throw new Error(`unknown pattern ${id}`)
  const sub = (ref: string) => `(?:${patternRegex(ref, tokens)})`
  if (p.sequence) return p.sequence.map(sub).join('')
  if (p.alternates) return p.alternates.map(sub).join('|')
  if (p.optional) return `${sub(p.optional)}?`
  if (p.oneOrMore) return `${sub(p.oneOrMore)}+`
  if (p.zeroOrMore) return `${sub(p.zeroOrMore)}*`
  throw new Error(`empty pattern ${id}`)
}

/** Determining properties: verb and object activity type. */
function matches(t: Template, s: Statement): boolean {
  const type = (s.object as { definition?: { type?: string } }).definition?.type
  return (
    (t.verb === undefined || t.verb === s.verb.id) &&
    (t.objectActivityType === undefined || t.objectActivityType === type)
  )
}

/** Part Two §8.1: presence, any, all, none over the values the location finds. */
function ruleHolds(rule: Rule, s: Statement): boolean {
  let values = evaluate(rule.location, s)
  if (rule.selector) values = values.flatMap((v) => evaluate(rule.selector ?? '$', v))
  const has = (list: unknown[], v: unknown) => list.some((x) => JSON.stringify(x) === JSON.stringify(v))
  if (rule.presence === 'included' && values.length === 0) return false
  if (rule.presence === 'excluded') return values.length === 0
  if (rule.presence === 'recommended' && values.length === 0) return true
  if (rule.any && !values.some((v) => has(rule.any ?? [], v))) return false
  if (rule.all && !values.every((v) => has(rule.all ?? [], v))) return false
  if (rule.none && values.some((v) => has(rule.none ?? [], v))) return false
  return true
}

/** The JSONPath subset the profile uses: `$`, `.name`, `['name']`, `[*]`, `[n]`. */
function evaluate(path: string, root: unknown): unknown[] {
  const steps = path.slice(path.startsWith('$') ? 1 : 0).match(/\.[A-Za-z_][\w-]*|\['[^']*'\]|\[\*\]|\[\d+\]/g) ?? []
  if (steps.join('') !== path.replace(/^\$/, '')) throw new Error(`unsupported JSONPath ${path}`)
  let values: unknown[] = [root]
  for (const step of steps) {
    values = values.flatMap((v): unknown[] => {
      if (v === null || typeof v !== 'object') return []
      if (step === '[*]') return Array.isArray(v) ? v : Object.values(v)
      const key = step.startsWith('.')
        ? step.slice(1)
        : step.startsWith("['")
          ? step.slice(2, -2)
          : Number(step.slice(1, -1))
      const next = (v as Record<string | number, unknown>)[key]
      return next === undefined ? [] : [next]
    })
  }
  return values
}
