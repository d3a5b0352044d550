import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { replay } from '../../src/engine/index.ts'
import { createRecordingFile } from '../../src/ui/results/recording-file.ts'
import { score } from '../../src/scoring/index.ts'
import { runs } from '../scenes/anaphylaxis-adult.runs.ts'
import { loadScene } from '../scenes/load-scenes.ts'
import { SCREENSHOTS, useBrowserHarness } from './harness.ts'

const harness = useBrowserHarness()

/** The file "Download recording" saves, for the expert anaphylaxis run. */
function recordingFile(version?: string): string {
  const scenario = loadScene('anaphylaxis-adult.yaml')
  const run = runs[0]
  if (!run) throw new Error('no expert run')
  const report = score(scenario, replay(scenario, 11, run.commands).events)
  const recording = {
    scenarioId: scenario.id,
    scenarioVersion: version ?? scenario.version,
    seed: 11,
    commands: run.commands,
    poses: { head: [] },
  }
  const file = createRecordingFile(
    { ...scenario, version: version ?? scenario.version },
    recording,
    report,
    new Date('2026-11-22T09:00:00Z'),
  )
  const path = join(SCREENSHOTS, `..`, `recording-${version ?? 'current'}.json`)
  writeFileSync(path, JSON.stringify(file))
  return path
}

describe('debrief from a downloaded recording', () => {
  it('opens without a server account and refuses a recording of another scene version', async () => {
    const page = await harness.open({ width: 1024, height: 800 })
    await page.goto(`${harness.url}/debrief/file`)
    await page.getByLabel(/Recording file/).setInputFiles(recordingFile())
    const timeline = page.locator('.debrief-timeline')
    await timeline.waitFor()
    expect(await timeline.locator('tr', { hasText: 'Adrenaline' }).first().innerText()).toMatch(/500 mcg\s+IM/)
    expect(await page.locator('.debrief-facts').innerText()).toMatch(/PASS/)
    await page.screenshot({ path: join(SCREENSHOTS, 'debrief-file.png') })

    await page.getByLabel(/Recording file/).setInputFiles(recordingFile('0.9.0'))
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toMatch(
        new RegExp(
          `made on anaphylaxis-adult 0\\.9\\.0 but the scene file is now ${loadScene('anaphylaxis-adult.yaml').version.replaceAll('.', '\\.')} \\(sha256:[0-9a-f]{12}…\\)`,
        ),
      )
  }, 60_000)
})
