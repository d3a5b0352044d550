import { describe, expect, it } from 'vitest'
import { createEngine, replay } from '../../src/engine/index.ts'
import { NUMERIC_VITAL_NAMES } from '../../src/scenario/index.ts'
import { drive, randomFrames } from '../engine/drive.ts'
import { score } from '../../src/scoring/index.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadScene, SCENES_DIR, sceneFiles } from './load-scenes.ts'
import { goldenLog } from './golden-log.ts'
import type { ScriptedRun } from './scripted-run.ts'

const DEFAULT_SEEDS = [1, 2, 3, 42, 1234]
const runModules = import.meta.glob<{ runs: ScriptedRun[] }>('./*.runs.ts', { eager: true })

describe.each(sceneFiles())('%s', (file) => {
  const id = file.replace(/\.yaml$/, '')
  const runs = runModules[`./${id}.runs.ts`]?.runs

  it('validates', () => {
    expect(() => loadScene(file)).not.toThrow()
  })

  it('starts with the modeline that gives editors the generated JSON Schema', () => {
    const firstLine = readFileSync(join(SCENES_DIR, file), 'utf8').split('\n', 1)[0]
    expect(firstLine).toBe('# yaml-language-server: $schema=./scene.schema.json')
  })

  it('has scripted runs: an expert pass and at least two failing ones', () => {
    expect(runs, `add test/scenes/${id}.runs.ts`).toBeDefined()
    expect(runs?.filter((r) => r.expect.pass).length).toBeGreaterThanOrEqual(1)
    expect(runs?.filter((r) => !r.expect.pass && r.expect.failedItems?.length).length).toBeGreaterThanOrEqual(2)
  })

  const scenario = loadScene(file)
  for (const run of runs ?? []) {
    it.each(run.seeds ?? DEFAULT_SEEDS)(`${run.name} (seed %i)`, (seed) => {
      const { events } = replay(scenario, seed, run.commands, run.untilMs !== undefined ? { untilMs: run.untilMs } : {})
      const report = score(scenario, events)
      const refused = events.filter((e) => e.type === 'action.refused')
      const summary = () =>
        JSON.stringify(
          {
            outcome: report.outcome,
            scaled: report.scaled,
            notMet: report.items.filter((i) => !i.met).map((i) => `${i.id}: ${i.reason}`),
            refused,
          },
          null,
          1,
        )
      if (run.expect.outcome !== undefined) expect(report.outcome?.id, summary()).toBe(run.expect.outcome)
      expect(report.pass, summary()).toBe(run.expect.pass)
      for (const item of run.expect.failedItems ?? [])
        expect(report.items.find((i) => i.id === item)?.met, `${item} should not be met\n${summary()}`).toBe(false)
      for (const item of run.expect.metItems ?? [])
        expect(
          report.items.find((i) => i.id === item),
          `${item} should be met\n${summary()}`,
        ).toMatchObject({
          met: true,
          applicable: true,
        })
      for (const item of run.expect.notApplicableItems ?? [])
        expect(report.items.find((i) => i.id === item)?.applicable, `${item} should not apply\n${summary()}`).toBe(
          false,
        )
      // An expert run is clean: nothing it tries is refused.
      if (run.expect.pass) expect(refused, summary()).toEqual([])
    })
  }
})

describe.each(sceneFiles())('%s is deterministic and varies by seed', (file) => {
  const scenario = loadScene(file)
  const id = file.replace(/\.yaml$/, '')
  const expert = runModules[`./${id}.runs.ts`]?.runs.find((r) => r.expect.pass)

  it('the expert run played in random 8–40 ms frames equals its replay', () => {
    const commands = expert?.commands ?? []
    const untilMs = scenario.end.timeLimitS * 1000
    const live = drive(createEngine(scenario, { seed: 77 }), commands, randomFrames(13), untilMs)
    const replayed = replay(scenario, 77, commands)
    expect(live.events).toEqual(replayed.events)
    expect(live.state).toEqual(replayed.state)
  })

  it('seeds draw different presentations, each within the declared ranges', () => {
    const init = scenario.initial.vitals
    const ranged = NUMERIC_VITAL_NAMES.filter((n) => Array.isArray(init[n]))
    expect(ranged.length, 'declare seeded ranges for the initial presentation').toBeGreaterThan(0)
    const seen = new Set<string>()
    for (let seed = 1; seed <= 20; seed++) {
      const started = createEngine(scenario, { seed }).getEvents()[0]
      if (started?.type !== 'sim.started') throw new Error('first event must be sim.started')
      for (const name of ranged) {
        const [lo, hi] = init[name] as [number, number]
        expect(started.vitals[name]).toBeGreaterThanOrEqual(lo)
        expect(started.vitals[name]).toBeLessThanOrEqual(hi)
      }
      seen.add(JSON.stringify(started.drawn))
    }
    expect(seen.size).toBe(20)
  })
})
describe.each(sceneFiles())('%s golden event log', (file) => {
  const id = file.replace(/\.yaml$/, '')
  const expert = runModules[`./${id}.runs.ts`]?.runs.find((r) => r.expect.pass)

  it('the expert run (seed 1) replays to the reviewed golden log', async () => {
    const { events } = replay(loadScene(file), 1, expert?.commands ?? [])
    // After an intended change to the engine or the scene: npx vitest run -u, then review the diff.
    await expect(goldenLog(events)).toMatchFileSnapshot(`./golden/${id}.expert.txt`)
  })
})
