import type { Agent, Context } from '@xapi/xapi'
import type { Scenario } from '../../scenario/schema/index.ts'

export type InputMode = 'desktop' | 'headset'

/** The identity of one statement, fixed when the thing happened (never at send time): retries stay idempotent. */
export interface StatementIds {
  /** UUID (xAPI Data §2.4.1, cmi5 §9.1). */
  id: string
  /** ISO 8601 / RFC 3339 in UTC, e.g. `new Date(ms).toISOString()` of a skew-corrected clock (cmi5 §9.7). */
  timestamp: string
}

/** What every statement of one session shares. Builders read it and never change it. */
export interface StatementContext {
  /** The learner, exactly as the launch gave it (cmi5: an Agent with an `account`); no other personal data. */
  actor: Agent
  /** cmi5 launch `registration` (UUID); in stand-alone mode one UUID per attempt. */
  registration: string
  /** cmi5 session id (from the contextTemplate's sessionid extension); in stand-alone mode one UUID per session. */
  sessionId: string
  /** cmi5 launch `activityId` (object of the defined statements); the scenario activity in stand-alone mode. */
  auActivityId: string
  /** Base of our activity ids (see DEFAULT_ACTIVITY_BASE_IRI). */
  baseIri: string
  scenario: Scenario
  /** cmi5 LMS.LaunchData contextTemplate: merged into every context, its values never overwritten. */
  contextTemplate?: Context
  /** `context.platform`, e.g. "Resus 0.1.0 (WebXR)". */
  platform: string
  inputMode: InputMode
  /** `context.language` (RFC 5646) of the learner's interface, when known. */
  language?: string
  /** Engine seed of the run (the run is reproducible from scenario + seed + commands). */
  seed: number
  /** Content hash of the scene source, e.g. "sha256:…", to tell apart two edits with the same version. */
  scenarioHash?: string
}
