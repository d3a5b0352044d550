import 'fake-indexeddb/auto'
import xapiValidation from '@learninglocker/xapi-validation'
import type { Statement } from '@xapi/xapi'
import { IDBFactory } from 'fake-indexeddb'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRecordingUploader } from '../../src/app/reporting/recording-upload.ts'
import { startReportingController } from '../../src/app/reporting/reporting-controller.ts'
import { buildDebrief, checkRecording, parseRecordingFile } from '../../src/debrief/model/index.ts'
import { createRecordingFile } from '../../src/ui/results/recording-file.ts'
import type { LaunchSource } from '../../src/app/reporting/launch-source.ts'
import type { PerformCommand } from '../../src/engine/types.ts'
import { createSimStore, initialReportingState } from '../../src/store/index.ts'
import type { ReportingState } from '../../src/store/index.ts'
import { readLaunchParameters } from '../../src/xapi/cmi5/launch-params.ts'
import { createOutbox, openOutboxStorage } from '../../src/xapi/outbox/index.ts'
import { checkCmi5Session } from '../../src/xapi/statements/index.ts'
import { CONTEXT_EXTENSIONS } from '../../src/xapi/vocabulary.ts'
import { createStore } from 'zustand/vanilla'
import { AUTH, startLrs, XAPI_HEADERS } from '../lrs/lrs-harness.ts'
import type { LrsUnderTest } from '../lrs/lrs-harness.ts'
import { runs } from '../scenes/anaphylaxis-adult.runs.ts'
import { loadScene } from '../scenes/load-scenes.ts'

const validate = ((xapiValidation as unknown as { default?: typeof xapiValidation }).default ?? xapiValidation) as (
  s: unknown,
) => unknown[]

let t: LrsUnderTest
beforeAll(async () => {
  t = await startLrs()
})
afterAll(() => t.close())

const scenario = loadScene('anaphylaxis-adult.yaml')
const expert = runs[0]
if (!expert) throw new Error('no expert run')

function memoryStorage() {
  const items = new Map<string, string>()
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) }
}

/** The app's wiring, in Node: a sim store, the reporting store, a real outbox (fake IndexedDB) to the real LRS. */
async function wire(source: LaunchSource, learner = 'student-1') {
  const sim = createSimStore({ nextSeed: () => 7 })
  const reporting = createStore<ReportingState>()(() => initialReportingState)
  const outbox = createOutbox({ storage: await openOutboxStorage(new IDBFactory()), fetch })
  const recordings = createRecordingUploader({ fetch, storage: memoryStorage() })
  const controller = startReportingController({
    recordings,
    sim,
    reporting,
    outbox,
    source,
    io: {
      fetch,
      storage: memoryStorage(),
      now: () => Date.now(),
      uuid: () => crypto.randomUUID(),
      learnerId: () => learner,
      origin: t.origin,
      platform: 'Resus (test)',
      language: 'en-GB',
    },
  })
  return { sim, reporting, outbox, controller }
}

/** Plays the expert anaphylaxis run through the store, as the play screen does, until the run ends. */
function playExpert(sim: ReturnType<typeof createSimStore>) {
  sim.getState().load(scenario)
  sim.getState().start()
  let now = 0
  for (const { atMs, command } of expert?.commands ?? []) {
    while (now < atMs) {
      sim.getState().advance(100)
      now += 100
    }
    sim.getState().perform(command as PerformCommand)
  }
  for (let i = 0; i < 20 * 60 * 10 && sim.getState().status !== 'ended'; i++) sim.getState().advance(100)
  expect(sim.getState().status).toBe('ended')
}

async function statementsOf(registration: string): Promise<Statement[]> {
  const res = await fetch(`${t.endpoint}statements?registration=${registration}&ascending=true`, {
    headers: XAPI_HEADERS,
  })
  return ((await res.json()) as { statements: Statement[] }).statements
}

async function settle(wired: Awaited<ReturnType<typeof wire>>) {
  await expect.poll(() => wired.reporting.getState().mode !== 'connecting', { timeout: 5000 }).toBe(true)
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 20))
    await wired.outbox.flush()
    await wired.outbox.whenIdle()
    if (wired.outbox.status().pending === 0) break
  }
}

describe('reporting controller', () => {
  it('reports each run as its own attempt, even with the same seed, and a debrief replay as none', async () => {
    const wired = await wire({ kind: 'none' }, 'student-branch')
    const sim = wired.sim
    sim.getState().load(scenario)
    sim.getState().start()
    sim.getState().perform({ type: 'action.perform', actionId: 'call-for-help' })
    await settle(wired)
    const first = wired.reporting.getState().registration
    const { seed } = sim.getState()
    // "Try from here" of that run: the same seed, its commands up to a moment, then on live.
    const recording = sim.getState().getRecording()
    sim.getState().load(scenario, {
      seed,
      resume: { commands: recording?.commands ?? [], branch: { from: String(first), atMs: 0 } },
    })
    sim.getState().start()
    sim.getState().advance(1000)
    sim.getState().perform({ type: 'action.perform', actionId: 'stop-infusion' })
    await settle(wired)
    const second = wired.reporting.getState().registration
    expect(second).not.toBe(first)
    // A replayed moment in the debrief is not an attempt: no new session, nothing sent.
    const sessions = await fetch(
      `${t.endpoint}statements?verb=${encodeURIComponent('http://adlnet.gov/expapi/verbs/initialized')}`,
      {
        headers: XAPI_HEADERS,
      },
    ).then(async (r) => ((await r.json()) as { statements: Statement[] }).statements.length)
    const state = sim.getState().sim
    if (state) sim.getState().showReplay(scenario, state, null)
    await settle(wired)
    const after = await fetch(
      `${t.endpoint}statements?verb=${encodeURIComponent('http://adlnet.gov/expapi/verbs/initialized')}`,
      {
        headers: XAPI_HEADERS,
      },
    ).then(async (r) => ((await r.json()) as { statements: Statement[] }).statements.length)
    expect(after).toBe(sessions)
    expect(wired.reporting.getState().registration).toBe(second)
  })

  it('says per statement whether the action was chosen on the desktop or in a headset', async () => {
    const wired = await wire({ kind: 'none' }, 'student-vr')
    const sim = wired.sim
    sim.getState().load(scenario)
    sim.getState().start()
    sim.getState().advance(1000)
    sim.getState().perform({ type: 'action.perform', actionId: 'call-for-help' })
    sim.getState().setInputMode('headset') // Enter VR
    sim.getState().advance(1000)
    sim.getState().perform({ type: 'action.perform', actionId: 'stop-infusion' })
    await settle(wired)
    const registration = wired.reporting.getState().registration as string
    const modes = (await statementsOf(registration))
      .filter((s) => s.verb.id.endsWith('/interacted'))
      .map((s) => s.context?.extensions?.[CONTEXT_EXTENSIONS.inputMode])
    expect(modes).toEqual(['desktop', 'headset'])
  })

  it('reports a stand-alone expert run as a valid cmi5 session: initialized … completed, passed, terminated', async () => {
    const wired = await wire({ kind: 'none' })
    playExpert(wired.sim)
    await settle(wired)
    expect(wired.reporting.getState()).toMatchObject({ mode: 'standalone', pending: 0, delivered: true })

    const registration = (await lastRegistration()) as string
    const statements = await statementsOf(registration)
    const verbs = statements.map((s) => s.verb.id.split('/').pop())
    expect(verbs[0]).toBe('launched') // by the local LMS
    expect(verbs[1]).toBe('initialized')
    expect(verbs.slice(-3)).toEqual(['completed', 'passed', 'terminated'])
    expect(verbs.filter((v) => v === 'interacted').length).toBe(expert?.commands.length)

    const au = statements.filter((s) => s.verb.id.split('/').pop() !== 'launched')
    for (const s of au) expect(validate(s)).toEqual([])
    const first = au[0] as Statement
    const sessionId = first.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid'] as string
    expect(
      checkCmi5Session(au, {
        auActivityId: (first.context?.contextActivities?.grouping?.[0]?.id ?? '') as string,
        registration,
        sessionId,
      }),
    ).toEqual([])
    // The IM adrenaline statement carries the typed dose, route, sim time and the vitals at that moment.
    // The recording is in the LRS as a State document of the registration, for the debrief.
    const recordingDoc = await fetch(
      `${t.endpoint}activities/state?${new URLSearchParams({
        stateId: 'resus.recording',
        activityId: (first.object as { id: string }).id,
        agent: JSON.stringify(first.actor),
        registration,
      }).toString()}`,
      { headers: XAPI_HEADERS },
    )
    expect(recordingDoc.status).toBe(200)
    const file = (await recordingDoc.json()) as { recording: { seed: number; commands: unknown[] } }
    expect(file.recording.seed).toBe(7)
    expect(file.recording.commands).toHaveLength(expert?.commands.length ?? 0)

    // The debrief rebuilt from the LRS equals the one from the file "Download recording" saves.
    const downloaded = createRecordingFile(
      scenario,
      wired.sim.getState().getRecording() ?? raise('no recording'),
      wired.sim.getState().report,
      new Date(),
    )
    const fromLrs = parseRecordingFile(file)
    const fromFile = parseRecordingFile(JSON.parse(JSON.stringify(downloaded)))
    if (!fromLrs.ok || !fromFile.ok) throw new Error('recording did not parse')
    expect(checkRecording(fromLrs.recording, scenario, undefined)).toEqual({ ok: true })
    expect(buildDebrief(scenario, fromLrs.recording)).toEqual(buildDebrief(scenario, fromFile.recording))

    const adrenaline = au.find((s) => (s.object as { id: string }).id.endsWith('/actions/adrenaline')) as Statement
    expect(JSON.stringify(adrenaline.result)).toContain('500')
    expect(JSON.stringify(adrenaline.result)).toContain('im')
    expect(Object.keys(adrenaline.context?.extensions ?? {}).join(' ')).toMatch(/sim-time/)
    wired.controller.stop()
  })

  it('uses an LMS launch (masteryScore from LaunchData) and sends a second run of the same launch nothing', async () => {
    const res = await fetch(`${t.origin}/lms/launch`, {
      method: 'POST',
      headers: { Authorization: AUTH, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ learner: 'rn-0042', scenario: 'anaphylaxis-adult', masteryScore: '1' }).toString(),
      redirect: 'manual',
    })
    const parsed = readLaunchParameters(new URL(res.headers.get('location') as string).search)
    if (!parsed?.ok) throw new Error('bad launch URL')
    const wired = await wire({ kind: 'lms', params: parsed.params })
    await expect.poll(() => wired.reporting.getState().mode).toBe('lms')
    expect(wired.sim.getState().masteryOverride).toBe(1)
    playExpert(wired.sim)
    await settle(wired)
    const statements = await statementsOf(parsed.params.registration)
    const verbs = statements.map((s) => s.verb.id.split('/').pop())
    expect(verbs.filter((v) => v === 'failed' || v === 'passed')).toHaveLength(1)
    // The expert run scores below a mastery of 1.0 only if any positive item is missed; either way the
    // statement follows the LMS threshold, and the masteryscore extension says which was used.
    const judged = statements.find((s) => /passed|failed/.test(s.verb.id)) as Statement
    expect(judged.context?.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/masteryscore']).toBe(1)
    expect(wired.reporting.getState().mode).toBe('ended')

    const before = statements.length
    wired.sim.getState().restart()
    wired.sim.getState().start()
    wired.sim.getState().advance(5000)
    await settle(wired)
    expect((await statementsOf(parsed.params.registration)).length).toBe(before)
    wired.controller.stop()
  })
})

async function lastRegistration(): Promise<string | undefined> {
  const res = await fetch(
    `${t.endpoint}statements?verb=${encodeURIComponent('http://adlnet.gov/expapi/verbs/initialized')}&limit=1`,
    {
      headers: XAPI_HEADERS,
    },
  )
  const [s] = ((await res.json()) as { statements: Statement[] }).statements
  return s?.context?.registration
}

function raise(message: string): never {
  throw new Error(message)
}
