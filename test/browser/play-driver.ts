import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { SCREENSHOTS } from './harness.ts'

/** Sim time runs this many times faster than the wall clock in play tests (the `?timeScale` dev flag). */
export const TIME_SCALE = 10

export const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) })

/**
 * From the picker, through the briefing, into the 3D room, as a learner goes; then reloads the room
 * with the `?timeScale` flag (read once when the play code loads) so the run reaches its end in
 * test time. Waits for rendered frames.
 */
export async function enterScenario(page: Page, baseUrl: string, title: string, briefingShot?: string) {
  await page.goto(baseUrl)
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  await page.getByRole('link', { name: new RegExp(`^Start\\s*:\\s*${escaped}$`) }).click()
  await page.getByRole('link', { name: 'Begin scenario' }).waitFor()
  if (briefingShot) await shot(page, briefingShot)
  await page.getByRole('link', { name: 'Begin scenario' }).click()
  await page.waitForURL(/\/play$/)
  await page.waitForFunction(() => (window.__resus?.frames ?? 0) > 2, undefined, { timeout: 30_000 })
  await page.goto(`${page.url()}?timeScale=${TIME_SCALE}`)
  await page.waitForFunction(() => (window.__resus?.frames ?? 0) > 5, undefined, { timeout: 30_000 })
}

/** Clicks a 3D object where the camera shows it (projected to page pixels), as a learner's mouse would. */
export async function clickObject(page: Page, objectName: string) {
  const at = await page.evaluate((name) => window.__resus?.project(name) ?? null, objectName)
  if (!at?.inView) throw new Error(`${objectName} is not in view: ${JSON.stringify(at)}`)
  await page.mouse.move(at.x, at.y)
  await page.waitForTimeout(150) // let a frame re-run the pointer hit test (hover) before pressing
  await page.mouse.click(at.x, at.y)
  await page.getByRole('dialog').waitFor()
}

/** Opens the action menu from its button and searches for an action. */
export async function searchAction(page: Page, query: string) {
  await page.getByRole('button', { name: /^Actions/ }).click()
  await page.getByLabel('Search actions').fill(query)
}

export async function chooseAction(page: Page, label: string) {
  await page.getByRole('dialog').getByRole('button', { name: label, exact: false }).first().click()
}

/** Types a dose (never pre-filled), picks the unit and the route, and confirms. */
export async function giveDose(page: Page, value: string, unit: string, route?: string) {
  const amount = page.locator('#dose-amount')
  if ((await amount.inputValue()) !== '') throw new Error('the dose field must start empty: doses are never suggested')
  await amount.fill(value)
  await page.locator('#dose-unit').selectOption(unit)
  if (route) await page.locator('#dose-route').selectOption(route)
  await page.getByRole('button', { name: 'Confirm' }).click()
}

/** The learner's action log lists this action as performed (not refused). */
export async function expectLogged(page: Page, text: string) {
  await page
    .locator('.action-log, [aria-label*="action log" i], [aria-labelledby*="log" i]')
    .getByText(text)
    .first()
    .waitFor({ timeout: 10_000 })
}

export async function waitForResults(page: Page, timeoutMs = 150_000) {
  const results = page.getByRole('dialog', { name: /result/i }).or(page.locator('.results'))
  await results.first().waitFor({ timeout: timeoutMs })
  return results.first()
}

/** Sim seconds shown by the HUD clock. */
export async function simSeconds(page: Page): Promise<number> {
  const text = await page.getByRole('timer', { name: 'Elapsed time' }).innerText()
  const [m = 0, s = 0] = text.split(':').map(Number)
  return m * 60 + s
}

/** Waits (in wall time) until the HUD clock shows at least this sim time. */
export async function waitForSim(page: Page, seconds: number) {
  for (let i = 0; i < 600 && (await simSeconds(page)) < seconds; i++) await page.waitForTimeout(250)
  if ((await simSeconds(page)) < seconds) throw new Error(`sim time never reached ${seconds} s`)
}

/** Presses Tab until the focused element's text matches, then Enter: keyboard-only navigation. */
export async function tabToAndPress(page: Page, text: RegExp, key = 'Enter') {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '')
    if (text.test(focused)) {
      await page.keyboard.press(key)
      return
    }
  }
  throw new Error(`Tab never reached ${String(text)}`)
}
