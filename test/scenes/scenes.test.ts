import { describe, expect, it } from 'vitest'
import { replay } from '../../src/engine/index.ts'
import { score } from '../../src/scoring/index.ts'
import { loadScene, sceneFiles } from './load-scenes.ts'
import type { ScriptedRun } from './scripted-run.ts'

const DEFAULT_SEEDS = [1, 2, 3, 42, 1234]
const runModules = import.meta.glob<{ runs: ScriptedRun[] }>('./*.runs.ts', { eager: true })

describe.each(sceneFiles())('%s', (file) => {
  const id = file.replace(/\.yaml$/, '')
  const runs = runModules[`./${id}.runs.ts`]?.runs

  it('validates', () => {
    expect(() => loadScene(file)).not.toThrow()
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
        expect(report.items.find((i) => i.id === item)?.met, `${item} should be met\n${summary()}`).toBe(true)
      // An expert run is clean: nothing it tries is refused.
      if (run.expect.pass) expect(refused, summary()).toEqual([])
    })
  }
})
