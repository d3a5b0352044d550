import { describe, expect, it } from 'vitest'
import { useBrowserHarness } from './harness.ts'
import {
  chooseAction,
  clickObject,
  enterScenario,
  giveDose,
  searchAction,
  shot,
  waitForResults,
} from './play-driver.ts'

const TITLE = 'Anaphylaxis during an IV antibiotic infusion'
const harness = useBrowserHarness()
/** A whole scenario played to its result at TIME_SCALE in software-rendered WebGL. */
const PLAY_TIMEOUT_MS = 300_000
/** Smaller than a laptop screen: software WebGL renders it faster, and the layout is still the desktop one. */
const VIEWPORT = { width: 1024, height: 700 }

describe('desktop play: anaphylaxis', () => {
  it(
    'played right through clicks on the 3D room and the action menu, it passes',
    async () => {
      const page = await harness.open(VIEWPORT)
      await enterScenario(page, harness.url, TITLE, 'play-briefing')
      await shot(page, 'play-room-anaphylaxis')
      const info = await page.evaluate(() => window.__resus?.info)
      expect(info?.calls).toBeLessThanOrEqual(100)
      expect(info?.triangles).toBeLessThanOrEqual(300_000)

      await clickObject(page, 'interactable-phone')
      await chooseAction(page, 'Call for help')
      await clickObject(page, 'interactable-iv-stand')
      await chooseAction(page, 'Stop the co-amoxiclav infusion')
      await clickObject(page, 'interactable-drug-cart')
      await chooseAction(page, 'Adrenaline (epinephrine)')
      await giveDose(page, '500', 'mcg', 'im')
      await searchAction(page, 'lie the patient flat')
      await chooseAction(page, 'Lie the patient flat')
      await clickObject(page, 'interactable-oxygen')
      await chooseAction(page, 'Give oxygen')
      await giveDose(page, '15', 'L/min')
      await clickObject(page, 'interactable-iv-stand')
      await chooseAction(page, 'Secure IV access')
      await clickObject(page, 'interactable-iv-stand')
      await chooseAction(page, 'Give a crystalloid fluid bolus')
      await giveDose(page, '500', 'mL', 'iv')
      await shot(page, 'play-hud-anaphylaxis')

      const results = await waitForResults(page)
      await shot(page, 'play-results-pass')
      await expect.poll(() => results.innerText()).toMatch(/PASS/)
      expect(await results.innerText()).toMatch(/Stabilised/)
    },
    PLAY_TIMEOUT_MS,
  )

  it(
    'with adrenaline given as an IV bolus, it fails on that rubric item',
    async () => {
      const page = await harness.open(VIEWPORT)
      await enterScenario(page, harness.url, TITLE)
      await searchAction(page, 'call for help')
      await chooseAction(page, 'Call for help')
      await searchAction(page, 'stop the co-amoxiclav')
      await chooseAction(page, 'Stop the co-amoxiclav infusion')
      await searchAction(page, 'secure iv access')
      await chooseAction(page, 'Secure IV access')
      await searchAction(page, 'adrenaline (epi')
      await chooseAction(page, 'Adrenaline (epinephrine)')
      await giveDose(page, '0.5', 'mg', 'iv')
      await searchAction(page, 'adrenaline (epi')
      await chooseAction(page, 'Adrenaline (epinephrine)')
      await giveDose(page, '500', 'mcg', 'im')
      await searchAction(page, 'give a crystalloid')
      await chooseAction(page, 'Give a crystalloid fluid bolus')
      await giveDose(page, '500', 'mL', 'iv')

      const results = await waitForResults(page)
      await shot(page, 'play-results-fail')
      const text = await results.innerText()
      expect(text).toMatch(/FAIL/)
      const item = results.locator('.rubric-item', { hasText: 'Did not give adrenaline as an IV or IO bolus' })
      expect(await item.innerText()).toMatch(/Not met/)
    },
    PLAY_TIMEOUT_MS,
  )
})
