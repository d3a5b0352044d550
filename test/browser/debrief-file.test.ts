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
  // A learner who stands at the bedside and steps towards the head of the bed after a minute.
  const head = [
    [0, -1.25, 1.65, -0.2, 0, -0.38, 0, 0.92],
    [60_000, -0.6, 1.65, -0.55, 0, -0.5, 0, 0.87],
  ]
  const recording = {
    scenarioId: scenario.id,
    scenarioVersion: version ?? scenario.version,
    seed: 11,
    commands: run.commands,
    poses: { head },
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

    // The 3D replay: jump to the first drug from the timeline; the room and the learner's ghost are shown.
    await page.waitForFunction(() => (window.__resus?.frames ?? 0) > 2, undefined, { timeout: 30_000 })
    const drugRow = timeline.locator('tr', { hasText: 'Adrenaline' }).first()
    const drugTime = (await drugRow.locator('td').first().innerText()).trim()
    await drugRow.getByRole('button', { name: /^Replay from/ }).click()
    await expect
      .poll(() => page.getByRole('timer', { name: 'Replay time' }).innerText())
      .toMatch(new RegExp(`^${drugTime} /`))
    const ghost = await page.evaluate(() => window.__resus?.project('learner-ghost') ?? null)
    expect(ghost?.inView).toBe(true)
    expect(await page.evaluate(() => window.__resus?.scene.getObjectByName('learner-ghost')?.visible)).toBe(true)
    await page.locator('.replay').scrollIntoViewIfNeeded()
    await page.waitForTimeout(300)
    await page.locator('.replay').screenshot({ path: join(SCREENSHOTS, 'debrief-replay-ghost.png') })
    // Play at 16×: the replay moves on.
    await page.getByLabel('Speed').selectOption('16')
    await page.getByRole('button', { name: 'Play', exact: true }).click()
    await expect
      .poll(() => page.getByRole('timer', { name: 'Replay time' }).innerText())
      .not.toMatch(new RegExp(`^${drugTime} /`))
    await page.getByRole('button', { name: 'Pause', exact: true }).click()

    await page.getByLabel(/Recording file/).setInputFiles(recordingFile('0.9.0'))
    await expect
      .poll(() => page.getByRole('alert').innerText())
      .toMatch(
        new RegExp(
          `made on anaphylaxis-adult 0\\.9\\.0 but the scene file is now ${loadScene('anaphylaxis-adult.yaml').version.replaceAll('.', '\\.')} \\(sha256:[0-9a-f]{12}…\\)`,
        ),
      )
  }, 60_000)

  it('"Try from here" starts a new live attempt at the replayed moment, recorded as started from it', async () => {
    const page = await harness.open({ width: 1024, height: 800 })
    await page.goto(`${harness.url}/debrief/file`)
    await page.getByLabel(/Recording file/).setInputFiles(recordingFile())
    const timeline = page.locator('.debrief-timeline')
    await timeline.waitFor()
    await page.waitForFunction(() => (window.__resus?.frames ?? 0) > 2, undefined, { timeout: 30_000 })
    // Just after the IM adrenaline: what if the learner had done something else from there on?
    const drugRow = timeline.locator('tr', { hasText: 'Adrenaline' }).first()
    await drugRow.getByRole('button', { name: /^Replay from/ }).click()
    await page.getByRole('button', { name: 'Try from here' }).click()

    await page.waitForURL(/\/scenario\/anaphylaxis-adult\/play$/)
    await expect.poll(() => page.locator('.play-title').innerText()).toMatch(/from 00:40 of a recorded attempt/)
    // The run goes on live from the recorded state: the clock starts at the moment, the log holds what was done.
    await page.waitForFunction(() => (window.__resus?.sim()?.nowMs ?? 0) > 0, undefined, { timeout: 30_000 })
    const nowMs = await page.evaluate(() => window.__resus?.sim()?.nowMs ?? 0)
    expect(nowMs).toBeGreaterThanOrEqual(40_000)
    await expect.poll(() => page.locator('.action-log').innerText()).toMatch(/Adrenaline \(epinephrine\) · 500 mcg IM/)
    expect(await page.evaluate(() => window.__resus?.sim()?.ended ?? null)).toBeNull()
    await page.screenshot({ path: join(SCREENSHOTS, 'try-from-here.png') })
  }, 60_000)

  it('shows CPR measured in a headset against the scene targets, with their guideline', async () => {
    const vf = loadScene('vf-arrest-adult.yaml')
    // Two minutes of compressions as the headset reported them: on target, but a little shallow.
    const metrics = {
      ratePerMin: 112,
      depthMm: 46,
      recoilFraction: 1,
      longestPauseS: 2,
      compressionFraction: 0.95,
      compressions: 18,
      windowS: 10,
    }
    const commands = [
      { atMs: 5_000, command: { type: 'action.perform' as const, actionId: 'cpr-start', quality: 0 } },
      ...Array.from({ length: 55 }, (_, i) => ({
        atMs: 8_000 + i * 2_000,
        command: { type: 'cpr.quality' as const, quality: 0.7, metrics },
      })),
    ]
    const report = score(vf, replay(vf, 3, commands).events)
    const file = createRecordingFile(
      vf,
      { scenarioId: vf.id, scenarioVersion: vf.version, seed: 3, commands, poses: { head: [] } },
      report,
      new Date('2026-11-22T09:30:00Z'),
    )
    const path = join(SCREENSHOTS, '..', 'recording-vf-headset-cpr.json')
    writeFileSync(path, JSON.stringify(file))

    const page = await harness.open({ width: 1024, height: 800 })
    await page.goto(`${harness.url}/debrief/file`)
    await page.getByLabel(/Recording file/).setInputFiles(path)
    const table = page.locator('.debrief-cpr-targets')
    await table.waitFor()
    const row = (name: RegExp) => table.locator('tr', { has: page.getByRole('rowheader', { name }) })
    expect(await row(/rate/i).innerText()).toMatch(/112.*100–120.*Met/s)
    expect(await row(/depth/i).innerText()).toMatch(/46.*50–60.*Not met/s)
    await table.scrollIntoViewIfNeeded()
    await table.screenshot({ path: join(SCREENSHOTS, 'debrief-cpr-targets.png') })
  }, 60_000)
})
