import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useBrowserHarness } from './harness.ts'
import { shot, simSeconds, tabToAndPress, TIME_SCALE, waitForResults, waitForSim } from './play-driver.ts'

const harness = useBrowserHarness()
const PLAY_TIMEOUT_MS = 400_000

/** One scene shortcut key: the same action vocabulary the menu and the 3D room use. */
const key = async (page: Page, k: string) => {
  await page.keyboard.press(k)
  await page.waitForTimeout(120)
}

/** Charge from the keyboard: shortcut, type the energy (never pre-filled), Enter confirms. */
async function charge(page: Page, joules: number) {
  await key(page, 'e')
  await page.keyboard.type(String(joules))
  await page.keyboard.press('Enter')
  await page.waitForTimeout(150)
}

/** A drug through the menu by keyboard: `/`, search, arrow to it, Enter, type dose, tab to the route, type it, confirm. */
async function drug(page: Page, name: string, dose: string, route: string) {
  await key(page, '/')
  await page.keyboard.type(name)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await page.keyboard.type(dose)
  await page.keyboard.press('Tab') // unit (its first unit: mg)
  await page.keyboard.press('Tab') // route: none preselected
  await page.keyboard.type(route)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter') // Confirm
  await page.waitForTimeout(150)
}

/** Rhythm check and shock from the keyboard: pause compressions, analyse, shock, resume. */
async function shockCycle(page: Page, joules: number) {
  await charge(page, joules)
  for (const k of ['v', 'a', 's', 'c']) await key(page, k)
}

describe('desktop play: VF arrest, keyboard only', () => {
  it(
    'runs the shockable ALS algorithm to ROSC and handover with the keyboard alone',
    async () => {
      const page = await harness.open({ width: 1024, height: 700 })
      await page.goto(harness.url)
      await page.getByRole('heading', { name: 'Choose a scenario' }).waitFor()
      await tabToAndPress(page, /Start\s*:\s*In-hospital cardiac arrest/)
      // Wait for the briefing to be on screen (no input, just patience) before tabbing through it.
      await page.getByRole('link', { name: 'Begin scenario' }).waitFor()
      await tabToAndPress(page, /Begin scenario/)
      await page.waitForURL(/\/play$/)
      await page.goto(`${page.url()}?timeScale=${TIME_SCALE}`)
      await page.waitForFunction(() => (window.__resus?.frames ?? 0) > 5, undefined, { timeout: 30_000 })
      // Focus the page body (not the browser chrome) without a mouse: shortcuts act when no text field is focused.
      await page.keyboard.press('Tab')
      await page.keyboard.press('Escape')

      for (const k of ['r', 'h', 'k', 'c', 'p']) await key(page, k) // responsive? help, pulse, CPR, pads
      await shockCycle(page, 150)
      await key(page, '7') // IV access
      await shot(page, 'play-vf-cpr')
      expect(await simSeconds(page)).toBeLessThan(120)

      await waitForSim(page, 150)
      await shockCycle(page, 200)
      await waitForSim(page, 270)
      await shockCycle(page, 200)
      await drug(page, 'adrenaline', '1', 'IV')
      await drug(page, 'amiodarone', '300', 'IV')
      await waitForSim(page, 400)
      await shockCycle(page, 200) // 4th shock: ROSC with drugs on board
      await waitForSim(page, 470)
      for (const k of ['v', 'a', 'k', '6', 't']) await key(page, k) // rhythm + pulse check, 12-lead, SBAR

      const results = await waitForResults(page, 120_000)
      await shot(page, 'play-results-vf-keyboard')
      const text = await results.innerText()
      expect(text).toMatch(/ROSC achieved and the patient handed over/)
      expect(text).toMatch(/PASS/)
    },
    PLAY_TIMEOUT_MS,
  )
})
