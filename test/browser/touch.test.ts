import { describe, expect, it } from 'vitest'
import { useBrowserHarness } from './harness.ts'
import { shot } from './play-driver.ts'

const harness = useBrowserHarness()
const PHONE = { width: 390, height: 844 }

describe('on a phone', () => {
  it('a tap on the room is a click, and the action menu works with the thumb', async () => {
    const page = await harness.open(PHONE, { touch: true })
    await page.goto(`${harness.url}/scenario/anaphylaxis-adult`)
    await page.getByRole('link', { name: 'Begin scenario' }).tap()
    await page.waitForURL(/\/play$/)
    await page.waitForFunction(() => (window.__resus?.frames ?? 0) > 2, undefined, { timeout: 30_000 })

    // Tap the phone on the wall (projected from the 3D scene): its menu opens, as a click would.
    const at = await page.evaluate(() => window.__resus?.project('interactable-phone') ?? null)
    if (!at?.inView) throw new Error(`the phone is not in view on a ${PHONE.width} px screen: ${JSON.stringify(at)}`)
    await page.touchscreen.tap(at.x, at.y)
    const menu = page.getByRole('dialog')
    await menu.waitFor()
    await shot(page, 'touch-menu-from-room')
    await menu.getByRole('button', { name: 'Call for help' }).first().tap()
    await menu.waitFor({ state: 'detached' })

    // The Actions button sits under the thumb at the bottom of the screen.
    const actions = page.getByRole('button', { name: /^Actions/ })
    const box = await actions.boundingBox()
    expect(box && box.y + box.height).toBeGreaterThan(PHONE.height * 0.8)
    await actions.tap()
    await page.getByLabel('Search actions').fill('stop the co-amoxiclav')
    const row = page
      .getByRole('dialog')
      .getByRole('button', { name: /Stop the co-amoxiclav infusion/ })
      .first()
    const rowBox = await row.boundingBox()
    expect(rowBox?.height).toBeGreaterThanOrEqual(44) // a comfortable touch target
    await row.tap()
    await page.getByRole('dialog').waitFor({ state: 'detached' })

    await page.getByRole('tab', { name: 'Log' }).tap()
    const log = await page.locator('.play-side').innerText()
    expect(log).toMatch(/Call for help/)
    expect(log).toMatch(/Stop the co-amoxiclav infusion/)
    await shot(page, 'touch-log')
  }, 120_000)
})
