import { z } from 'zod'
import { Route, Unit, type Scenario } from '../../scenario/schema/index.ts'
import type { Recording } from '../../store/sim-store.ts'

export type CheckResult = { ok: true } | { ok: false; message: string }
export type ParseResult = { ok: true; recording: Recording } | { ok: false; message: string }

/** `sha256:` plus 12 hex digits is plenty to tell two scene files apart in a message. */
const shortHash = (hash: string) => {
  const colon = hash.indexOf(':')
  const hex = hash.slice(colon + 1)
  return `${hash.slice(0, colon + 1)}${hex.length > 12 ? `${hex.slice(0, 12)}…` : hex}`
}
const describe = (id: string, version: string, hash: string | undefined) =>
  `${id} ${version}${hash ? ` (${shortHash(hash)})` : ''}`

/**
 * Whether a recording can be replayed on this scene file. A replay is exact only on the file it was made on:
 * the same id and version, and (when both are known) the same content hash, since an edited file under an
 * unchanged version would silently show a different run.
 */
export function checkRecording(
  recording: Recording,
  scenario: Scenario,
  scenarioHash: string | undefined,
): CheckResult {
  const made = describe(recording.scenarioId, recording.scenarioVersion, recording.contentHash)
  const file = describe(scenario.id, scenario.version, scenarioHash)
  if (recording.scenarioId !== scenario.id) {
    return {
      ok: false,
      message: `This recording was made on ${made} but the scene file is ${file}: open it with the ${recording.scenarioId} scene file.`,
    }
  }
  const hashesDiffer =
    recording.contentHash !== undefined && scenarioHash !== undefined && recording.contentHash !== scenarioHash
  if (recording.scenarioVersion !== scenario.version || hashesDiffer) {
    return {
      ok: false,
      message: `This recording was made on ${made} but the scene file is now ${scenario.version}${
        scenarioHash ? ` (${shortHash(scenarioHash)})` : ''
      }: replaying it would show a different run.`,
    }
  }
  return { ok: true }
}

// ------------------------------------------------------------------ file parsing

const Amount = z.object({ value: z.number(), unit: Unit })
const Fraction = z.number().min(0).max(1)
const CprMetrics = z.object({
  ratePerMin: z.number().min(0),
  depthMm: z.number().min(0),
  recoilFraction: Fraction,
  longestPauseS: z.number().min(0),
  compressionFraction: Fraction,
  compressions: z.number().int().min(0),
  windowS: z.number().min(0),
})
const Command = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('action.perform'),
    actionId: z.string().min(1),
    amount: Amount.optional(),
    route: Route.optional(),
    quality: z.number().min(0).max(1).optional(),
  }),
  z.object({ type: z.literal('cpr.quality'), quality: z.number().min(0).max(1), metrics: CprMetrics.optional() }),
  z.object({ type: z.literal('sim.pause') }),
  z.object({ type: z.literal('sim.resume') }),
])
const PoseTrack = z.array(z.array(z.number()))
const RecordingSchema = z.object({
  scenarioId: z.string().min(1),
  scenarioVersion: z.string().min(1),
  contentHash: z.string().min(1).optional(),
  seed: z.number().int(),
  commands: z.array(z.object({ atMs: z.number().min(0), command: Command })),
  // Recordings saved before head tracking have no poses: replay needs none.
  poses: z.object({ head: PoseTrack, left: PoseTrack.optional(), right: PoseTrack.optional() }).default({ head: [] }),
  // A "try from here" attempt: which attempt it started from, and when.
  branch: z.object({ from: z.string().min(1), atMs: z.number().min(0) }).optional(),
})
/** What the results screen's "Download recording" saves (src/ui/results/recording-file.ts). */
const RecordingFileSchema = z.object({
  format: z.literal('resus-recording'),
  formatVersion: z.literal(1),
  savedAt: z.string(),
  scenario: z.object({ id: z.string(), version: z.string(), title: z.string() }),
  recording: RecordingSchema,
  report: z.unknown(),
})

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)

/** A downloaded recording file, or a bare Recording; the message names the first missing or wrong field. */
export function parseRecordingFile(json: unknown): ParseResult {
  const isFile = isObject(json) && 'format' in json
  const parsed = (isFile ? RecordingFileSchema : RecordingSchema).safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(the file)'
    return { ok: false, message: `This is not a Resus recording: ${field}: ${issue?.message ?? 'invalid'}` }
  }
  const data = parsed.data
  const recording = 'recording' in data ? data.recording : data
  if (
    'recording' in data &&
    (data.scenario.id !== recording.scenarioId || data.scenario.version !== recording.scenarioVersion)
  ) {
    return {
      ok: false,
      message: `This is not a Resus recording: scenario (${data.scenario.id} ${data.scenario.version}) differs from recording.scenarioId/scenarioVersion (${recording.scenarioId} ${recording.scenarioVersion})`,
    }
  }
  // Parsed JSON never holds `undefined` values, so zod's `?: T | undefined` fields are the Recording's `?: T`.
  return { ok: true, recording: recording as Recording }
}
