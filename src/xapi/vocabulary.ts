/**
 * Every IRI Resus puts in an xAPI statement, in one place.
 *
 * Rule: reuse published vocabulary (ADL, cmi5, the MedBiquitous Virtual Patient profile) before inventing;
 * what is ours lives under RESUS_PROFILE_IRI and is described, concept by concept, in the xAPI Profile at
 * public/profiles/resus.jsonld (test/xapi/statements/profile.test.ts keeps the two in step). Reused IRIs are
 * NOT redefined in our profile (xAPI Profiles 1.0, Part Two §7.0: "A Profile MUST NOT define a Concept that
 * is defined in another Profile"); our statement templates reference them directly.
 *
 * Sources of the reused IRIs:
 * - ADL verbs and activity types: the ADL vocabulary, https://w3id.org/xapi/adl (adlnet/xapi-authored-profiles
 *   `adl/adl.jsonld`); cmi5's use of initialized/completed/passed/failed/terminated: cmi5 spec (AICC/CMI-5_Spec_Current,
 *   `cmi5_spec.md` §9.3.2–9.3.8).
 * - cmi5 categories and context extensions: cmi5 spec §9.6.2.1, §9.6.2.2, §9.6.3.1, §9.6.3.2.
 * - MedBiquitous Virtual Patient profile (MedBiquitous Learning Experience Working Group): the profile text
 *   medbiq/medbiq `xapi/xapi-virtualpatient-profile.md` (verbs arrived, experienced, interacted, ... and activity
 *   type simulation for the case) and its JSON-LD adlnet/xapi-authored-profiles `virtual-patient/virtual-patient.jsonld`
 *   (https://w3id.org/xapi/virtual-patient; defines `updated` and `ignored`).
 */
import type { ActionKind } from '../scenario/schema/index.ts'

// ------------------------------------------------------------------ our namespace

/** The profile's permanent IRI (w3id.org is where published xAPI profiles such as cmi5 get theirs). */
export const RESUS_PROFILE_IRI = 'https://w3id.org/xapi/resus'
/**
 * The current profile version. xAPI Profiles 1.0 Part Two §5.0: statements that follow the profile's templates
 * and patterns SHOULD carry the profile *version* IRI as a `category` context activity.
 */
export const RESUS_PROFILE_VERSION_IRI = `${RESUS_PROFILE_IRI}/v1.0`

const ours = (kind: 'activity-types' | 'extensions', name: string) => `${RESUS_PROFILE_IRI}/${kind}/${name}`

// ------------------------------------------------------------------ verbs

export interface VerbRef {
  id: string
  display: { 'en-US': string }
}
const verb = (id: string, display: string): VerbRef => ({ id, display: { 'en-US': display } })

/**
 * The verbs Resus sends. None is ours: every one is published elsewhere and used here with its published meaning.
 */
export const VERBS = {
  // cmi5 defined statements (cmi5 §9.3), ADL IRIs.
  initialized: verb('http://adlnet.gov/expapi/verbs/initialized', 'initialized'),
  completed: verb('http://adlnet.gov/expapi/verbs/completed', 'completed'),
  passed: verb('http://adlnet.gov/expapi/verbs/passed', 'passed'),
  failed: verb('http://adlnet.gov/expapi/verbs/failed', 'failed'),
  terminated: verb('http://adlnet.gov/expapi/verbs/terminated', 'terminated'),
  /**
   * A clinical action on the virtual patient (assessment, intervention, drug, communication). ADL `interacted`, the
   * verb the MedBiquitous VP profile gives for "User has interacted with or manipulated an object"; the kind of action
   * is in the object's activity type and the details (dose, route, vitals) in extensions.
   */
  interacted: verb('http://adlnet.gov/expapi/verbs/interacted', 'interacted'),
  /** An action the simulator refused (result.success false + reason). ADL `attempted`: "made an effort to access". */
  attempted: verb('http://adlnet.gov/expapi/verbs/attempted', 'attempted'),
  /** A finding the learner's assessment revealed. ADL `experienced`, the VP profile's "read a ... paragraph". */
  experienced: verb('http://adlnet.gov/expapi/verbs/experienced', 'experienced'),
  /**
   * Entered a clinical state or reached an outcome: a node of the scenario graph. MedBiquitous VP `arrived`: "User has
   * visited a node within the VP case ... an internal rule or trigger might immediately bounce them on to another node"
   * — exactly how Resus states change (by rule and timer as well as by action). Published with `http://` (VP profile
   * text and OpenLabyrinth, the MedBiquitous reference player, both use this exact IRI); it is not in the JSON-LD.
   */
  arrived: verb('http://w3id.org/xapi/medbiq/verbs/arrived', 'arrived'),
  /**
   * The learner's measured CPR quality changed. MedBiquitous VP `updated` (JSON-LD, https): "the actor prompted a
   * change in a data value or information associated with the object".
   */
  updated: verb('https://w3id.org/xapi/medbiq/verbs/updated', 'updated'),
} as const satisfies Record<string, VerbRef>

export type VerbKey = keyof typeof VERBS

// ------------------------------------------------------------------ activity types

/** ADL activity types we reuse. */
export const ADL_ACTIVITY_TYPES = {
  /** The scenario (the MedBiquitous VP profile's activity type for a virtual patient case). */
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  /** Type of the profile-version category activity (as in the examples of e.g. the w3id.org/xapi/lms and /quiz profiles). */
  profile: 'http://adlnet.gov/expapi/activities/profile',
} as const

/** Our activity types for the things inside a scenario; ADL's types (assessment = a test, ...) do not fit. */
export const ACTIVITY_TYPES = {
  clinicalAssessment: ours('activity-types', 'clinical-assessment'),
  clinicalIntervention: ours('activity-types', 'clinical-intervention'),
  drugAdministration: ours('activity-types', 'drug-administration'),
  clinicalCommunication: ours('activity-types', 'clinical-communication'),
  clinicalState: ours('activity-types', 'clinical-state'),
  clinicalFinding: ours('activity-types', 'clinical-finding'),
  clinicalOutcome: ours('activity-types', 'clinical-outcome'),
  ongoingIntervention: ours('activity-types', 'ongoing-intervention'),
} as const

/** Activity type of a scene action, by its kind. */
export const ACTION_ACTIVITY_TYPES: Record<ActionKind, string> = {
  assessment: ACTIVITY_TYPES.clinicalAssessment,
  intervention: ACTIVITY_TYPES.clinicalIntervention,
  drug: ACTIVITY_TYPES.drugAdministration,
  communication: ACTIVITY_TYPES.clinicalCommunication,
}

// ------------------------------------------------------------------ extensions

/** Our extensions, by where they may appear (xAPI Profiles §7.2: a ContextExtension only in context, ...). */
export const CONTEXT_EXTENSIONS = {
  /** Integer: simulation time in ms since the scenario started (sim time stops while paused). */
  simTime: ours('extensions', 'sim-time'),
  /** Vitals snapshot: the engine's `Vitals` (hr, sbp, dbp, spo2, rr, etco2, temp, glucose, gcs, rhythm, pulse, avpu). */
  vitals: ours('extensions', 'vitals'),
  /** `{ id, label }` of the clinical state the patient was in when the event happened. */
  clinicalState: ours('extensions', 'clinical-state'),
  /** `{ id, version, contentHash? }` of the scenario played. */
  scenario: ours('extensions', 'scenario'),
  /** Integer seed of the run: with the scenario and the commands it reproduces the run exactly. */
  seed: ours('extensions', 'seed'),
  /** `"desktop"` or `"headset"`. */
  inputMode: ours('extensions', 'input-mode'),
} as const

export const RESULT_EXTENSIONS = {
  /** `{ value, unit }`: the dose, volume, energy or flow the learner entered. */
  amount: ours('extensions', 'amount'),
  /** Route of administration (iv, io, im, in, sc, po, neb, inh, sl, pr, et). */
  route: ours('extensions', 'route'),
  /** Number 0–1: combined CPR quality (rate, depth, recoil, pauses). */
  cprQuality: ours('extensions', 'cpr-quality'),
  /**
   * The headset's measurements behind a CPR quality: the engine's `CprMetrics` (ratePerMin, depthMm, recoilFraction,
   * longestPauseS, compressionFraction, compressions, windowS). Absent for desktop CPR, which is not measured.
   */
  cprMetrics: ours('extensions', 'cpr-metrics'),
  /** Why the simulator refused the action, in words. */
  refusalReason: ours('extensions', 'refusal-reason'),
  /** The finding as shown to the learner. */
  findingText: ours('extensions', 'finding-text'),
} as const

export const ACTIVITY_EXTENSIONS = {
  /** ABCDE menu group of a scene action (assessment, airway, breathing, circulation, cpr, ...). */
  actionCategory: ours('extensions', 'action-category'),
} as const

// ------------------------------------------------------------------ cmi5

export const CMI5 = {
  /** cmi5 §9.6.2.1: on cmi5 defined statements only. */
  categoryActivityId: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  /** cmi5 §9.6.2.2: on exactly the defined statements whose result has success or completion. */
  moveOnActivityId: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
  /** cmi5 §9.6.3.1: on every statement of the session (comes in the LMS.LaunchData contextTemplate). */
  sessionIdExtension: 'https://w3id.org/xapi/cmi5/context/extensions/sessionid',
  /** cmi5 §9.6.3.2: on passed/failed statements judged against the LMS masteryScore. */
  masteryScoreExtension: 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore',
} as const

// ------------------------------------------------------------------ activity ids

/** Default base of our activity ids (stand-alone mode); a deployment sets its own (an IRI it controls). */
export const DEFAULT_ACTIVITY_BASE_IRI = 'https://resus.local/xapi/activities'

const seg = (id: string) => encodeURIComponent(id)
const trimBase = (baseIri: string) => baseIri.replace(/\/+$/, '')

/** `${base}/scenarios/<scenarioId>`: the scenario; also the AU activity id in stand-alone mode. */
export const scenarioActivityId = (baseIri: string, scenarioId: string) =>
  `${trimBase(baseIri)}/scenarios/${seg(scenarioId)}`

/** `${base}/scenarios/<scenarioId>/actions/<actionId>`. */
export const actionActivityId = (baseIri: string, scenarioId: string, actionId: string) =>
  `${scenarioActivityId(baseIri, scenarioId)}/actions/${seg(actionId)}`

/** `${base}/scenarios/<scenarioId>/states/<stateId>`. */
export const stateActivityId = (baseIri: string, scenarioId: string, stateId: string) =>
  `${scenarioActivityId(baseIri, scenarioId)}/states/${seg(stateId)}`

/** `${base}/scenarios/<scenarioId>/findings/<findingKey>`. */
export const findingActivityId = (baseIri: string, scenarioId: string, key: string) =>
  `${scenarioActivityId(baseIri, scenarioId)}/findings/${seg(key)}`

/** `${base}/scenarios/<scenarioId>/outcomes/<outcomeId>` (an `end.conditions` key or `time-limit`). */
export const outcomeActivityId = (baseIri: string, scenarioId: string, outcomeId: string) =>
  `${scenarioActivityId(baseIri, scenarioId)}/outcomes/${seg(outcomeId)}`

/** `${base}/scenarios/<scenarioId>/ongoing/<ongoingId>` (e.g. `cpr`). */
export const ongoingActivityId = (baseIri: string, scenarioId: string, ongoingId: string) =>
  `${scenarioActivityId(baseIri, scenarioId)}/ongoing/${seg(ongoingId)}`
