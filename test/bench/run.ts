/**
 * `npm run bench`: engine cost per step, replay time of a recorded 30-minute session, and scene
 * parse+validate time per file, against the targets of issue 2. Figures, not pass/fail tests:
 * timings on a shared 2-core machine vary, so they live here and not in `npm test`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Bench } from 'tinybench'
import { createEngine, replay, type TimedCommand } from '../../src/engine/index.ts'
import { loadScenario, type Scenario } from '../../src/scenario/index.ts'
import { loadScene, SCENES_DIR, sceneFiles } from '../scenes/load-scenes.ts'

const THIRTY_MIN_MS = 30 * 60_000
const TARGETS = { stepMs: 0.05, replayMs: 100, parseMs: 20 }

/** A 30-minute session: no end condition, one command every 10 s cycling through the whole catalogue. */
function thirtyMinuteSession(scenario: Scenario): { scenario: Scenario; commands: TimedCommand[] } {
  const long: Scenario = { ...scenario, end: { timeLimitS: THIRTY_MIN_MS / 1000, conditions: {} } }
  const ids = Object.keys(scenario.actions)
  const commands: TimedCommand[] = []
  for (let t = 10_000, i = 0; t < THIRTY_MIN_MS; t += 10_000, i++) {
    const actionId = ids[i % ids.length] ?? ''
    const action = scenario.actions[actionId]
    const unit = action?.amount?.units[0]
    commands.push({
      atMs: t,
      command: {
        type: 'action.perform',
        actionId,
        ...(unit && { amount: { value: 1, unit } }),
        ...(action?.routes?.[0] && { route: action.routes[0] }),
      },
    })
  }
  return { scenario: long, commands }
}

const verdict = (value: number, target: number) => (value <= target ? 'ok' : 'OVER TARGET')
const fmt = (ms: number, digits = 3) => `${ms.toFixed(digits)} ms`

async function main() {
  const files = sceneFiles()
  console.log(`Resus benchmark — Node ${process.version}, ${files.length} scene files\n`)
  const rows: string[][] = [['scene', 'step (mean)', 'replay 30 min', 'commands', 'events', 'parse+validate']]
  for (const file of files) {
    const scenario = loadScene(file)
    const { scenario: long, commands } = thirtyMinuteSession(scenario)
    const source = readFileSync(join(SCENES_DIR, file))
    const recorded = replay(long, 7, commands)
    const bench = new Bench({ time: 1500, warmupTime: 300 })
    bench
      .add('steps', () => {
        const engine = createEngine(long, { seed: 7, maxAdvanceMs: Infinity })
        engine.advance(THIRTY_MIN_MS)
      })
      .add('replay', () => {
        replay(long, 7, commands)
      })
      .add('parse', () => {
        const r = loadScenario(source, file)
        if (!r.ok) throw new Error('invalid scene')
      })
    await bench.run()
    const mean = (name: string) => {
      const result = bench.getTask(name)?.result
      if (!result || !('latency' in result)) throw new Error(`benchmark ${name} did not complete`)
      return result.latency.mean
    }
    const stepMs = mean('steps') / (THIRTY_MIN_MS / 100)
    rows.push([
      file,
      `${fmt(stepMs, 4)} ${verdict(stepMs, TARGETS.stepMs)}`,
      `${fmt(mean('replay'), 1)} ${verdict(mean('replay'), TARGETS.replayMs)}`,
      String(commands.length),
      String(recorded.events.length),
      `${fmt(mean('parse'), 2)} ${verdict(mean('parse'), TARGETS.parseMs)}`,
    ])
  }
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => r[c]?.length ?? 0))) ?? []
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '))
  console.log(
    `\nTargets: ≤ ${TARGETS.stepMs} ms per 100 ms step (30 min of sim time without commands), ≤ ${TARGETS.replayMs} ms to replay a 30-minute session (one command every 10 s), ≤ ${TARGETS.parseMs} ms to parse+validate a file.`,
  )
}

await main()
