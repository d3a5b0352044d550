import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useBrowserHarness } from './harness.ts'
import { enterScenario, shot, waitForResults } from './play-driver.ts'
import {
  aimNear,
  buttonPoint,
  chooseInPanel,
  enterVr,
  exitVr,
  grabAndPlace,
  headPosition,
  padDose,
  pinchAt,
  pressPanel,
  rayClickNear,
  shootEyes,
  useHands,
  waitFrames,
  withEmulatedHeadset,
  worldPointOf,
} from './xr-driver.ts'

const harness = useBrowserHarness()
const VIEWPORT = { width: 1024, height: 700 }
const ANAPHYLAXIS = 'Anaphylaxis during an IV antibiotic infusion'
const PLAY_TIMEOUT_MS = 540_000
/**
 * Sim time runs twice as fast as the wall clock: a headset action takes several seconds of software-rendered
 * frames, and the rubric's 2-minute windows (call for help, stop the infusion) must hold on a slower machine too.
 */
const XR_TIME_SCALE = 2

/** The desktop HUD's action log (still rendered behind the headset view) lists it. */
async function logged(page: Page, text: RegExp) {
  const log = page.locator('.action-log')
  await expect.poll(() => log.innerText(), { timeout: 10_000, message: await log.innerText() }).toMatch(text)
}

/** Points the controller at a piece of equipment (or the patient), pulls the trigger, then picks the action. */
async function act(page: Page, object: string, actionId: string) {
  await rayClickNear(page, await worldPointOf(page, object))
  await chooseInPanel(page, actionId)
}

describe('headset (emulated Quest 3)', () => {
  it(
    'anaphylaxis played in VR with the ray, the grip and a pinch passes',
    async () => {
      const page = await harness.open(VIEWPORT)
      await enterScenario(page, harness.url, ANAPHYLAXIS)
      await withEmulatedHeadset(page, XR_TIME_SCALE)
      await enterVr(page)
      await shootEyes(page, 'xr-anaphylaxis')
      const info = await page.evaluate(() => window.__resus?.info)
      expect(info?.calls).toBeLessThanOrEqual(200)
      expect(info?.triangles).toBeLessThanOrEqual(600_000)

      await act(page, 'interactable-phone', 'call-for-help')
      await act(page, 'interactable-iv-stand', 'stop-infusion')

      // The syringe from the drug cart onto the thigh: the drug choices open, the dose is typed on the pad.
      const syringe = await worldPointOf(page, 'grab-syringe')
      await grabAndPlace(page, 'right', syringe, await worldPointOf(page, 'drop-syringe-thigh-2'))
      await chooseInPanel(page, 'adrenaline')
      await shot(page, 'xr-dose-pad')
      await padDose(page, '500', 'mcg', 'im')
      await logged(page, /Adrenaline/)

      await act(page, 'interactable-bed', 'lie-flat-legs-raised')
      await act(page, 'interactable-oxygen', 'oxygen-start')
      await padDose(page, '15', 'L/min')
      await logged(page, /oxygen/i)
      await act(page, 'interactable-iv-stand', 'iv-access')
      await act(page, 'interactable-iv-stand', 'fluid-bolus')
      await padDose(page, '500', 'mL', 'iv')
      await logged(page, /bolus/i)

      // With tracked hands: pinch at the patient, then pinch the action on the panel.
      await useHands(page, true)
      await pinchAt(page, 'right', await worldPointOf(page, 'interactable-patient'))
      await pinchAt(page, 'right', await buttonPoint(page, 'vr-panel-actions', 'action:assess-airway'))
      await shot(page, 'xr-hands')
      await useHands(page, false)

      for (const text of [/Call for help/i, /infusion/i, /airway/i]) await logged(page, text)
      await exitVr(page)
      const results = await waitForResults(page)
      await expect.poll(() => results.innerText()).toMatch(/PASS/)
    },
    PLAY_TIMEOUT_MS,
  )

  it('a normal page load never fetches the emulator; ?emu=iwer does', async () => {
    const page = await harness.open(VIEWPORT)
    const fetched: string[] = []
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname))
    await enterScenario(page, harness.url, ANAPHYLAXIS)
    expect(fetched.filter((path) => /xr-emulator/.test(path))).toEqual([])
    expect(await page.getByRole('button', { name: 'Enter VR' }).count()).toBe(0)
    await withEmulatedHeadset(page)
    expect(fetched.filter((path) => /xr-emulator/.test(path))).toHaveLength(1)
    await expect.poll(() => page.getByRole('button', { name: 'Enter VR' }).count()).toBe(1)
  }, 120_000)

  it('enters, exits and re-enters VR in one page; the status panel pauses the clock', async () => {
    const page = await harness.open(VIEWPORT)
    await enterScenario(page, harness.url, ANAPHYLAXIS)
    await withEmulatedHeadset(page)
    await enterVr(page)
    // Pointing at something names it in the world (the desktop's label is a page overlay a headset cannot show).
    await aimNear(page, await worldPointOf(page, 'interactable-defibrillator'))
    await expect
      .poll(() => page.evaluate(() => window.__resus?.scene.getObjectByName('vr-hover-label')?.userData['label']))
      .toBe('Defibrillator')
    await waitFrames(page, 3)
    await shootEyes(page, 'xr-hover-label')
    await pressPanel(page, 'vr-panel-status', 'pause')
    await expect.poll(() => page.locator('.play-controls').innerText()).toMatch(/Resume/)
    await exitVr(page)
    await enterVr(page)
    await pressPanel(page, 'vr-panel-status', 'pause')
    await expect.poll(() => page.locator('.play-controls').innerText()).toMatch(/Pause/)
    await pressPanel(page, 'vr-panel-status', 'exit')
    await page.waitForFunction(() => window.__resus?.gl.xr.isPresenting === false)
    // Back on the screen, the view is the desktop's bedside view again, not where the headset last was.
    await waitFrames(page, 2)
    const eye = await headPosition(page)
    expect(eye.map((v) => Math.round(v * 100) / 100)).toEqual([-1.25, 1.65, -0.2])
  }, 120_000)
})
