import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { validScenesOnDisk } from '../app-paths.ts'
import { SCREENSHOTS, useBrowserHarness } from './harness.ts'

const scenes = validScenesOnDisk().sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id))
const squash = (text: string) => text.replace(/\s+/g, ' ').trim()
const harness = useBrowserHarness()
const openPage = (viewport = { width: 1280, height: 900 }) => harness.open(viewport)

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement
    return {
      id: el?.id ?? '',
      tag: el?.tagName ?? '',
      text: el?.textContent ?? '',
      outline: el ? getComputedStyle(el).outlineStyle : '',
    }
  })

describe('scenario picker', () => {
  it('has at least one valid scene to show', () => {
    expect(scenes.length).toBeGreaterThan(0)
  })

  it('lists every valid scene file as a card', async () => {
    const page = await openPage()
    await page.goto(`${harness.url}/`)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Choose a scenario')
    const cardTitles = await page
      .getByRole('list', { name: 'Scenarios' })
      .getByRole('heading', { level: 2 })
      .allTextContents()
    expect(cardTitles).toEqual(scenes.map((s) => s.title))
    expect(await page.title()).toBe('Resus')
    await page.screenshot({ path: join(SCREENSHOTS, 'picker.png'), fullPage: true })
  })

  it('opens the briefing and comes back with the keyboard alone', async () => {
    const page = await openPage()
    await page.goto(`${harness.url}/`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    const first = scenes[0]
    if (!first) throw new Error('no scene')

    // Tab through the header to the first card's Start link; the focus ring must be visible.
    let presses = 0
    while ((await focused(page)).id !== `start-${first.id}`) {
      expect(++presses, 'Tab never reached the first Start link').toBeLessThan(5)
      await page.keyboard.press('Tab')
    }
    const start = await focused(page)
    expect(start.text).toBe(`Start: ${first.title}`)
    expect(start.outline).not.toBe('none')

    await page.keyboard.press('Enter')
    await page.waitForURL(`${harness.url}/scenario/${first.id}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(first.title)
    expect(squash(await page.locator('.handover').innerText())).toBe(squash(first.briefing))
    expect((await focused(page)).tag).toBe('H1')
    expect(await page.title()).toBe(`${first.title} · Resus`)
    await page.screenshot({ path: join(SCREENSHOTS, 'briefing.png'), fullPage: true })

    // The learner ID (results are filed under it), then the way in.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await page.getByLabel('Learner ID').getAttribute('id'),
    )
    await page.keyboard.press('Tab')
    expect((await focused(page)).text).toBe('Begin scenario')
    await page.keyboard.press('Tab')
    expect((await focused(page)).text).toContain('Back to scenarios')
    await page.keyboard.press('Enter')
    await page.waitForURL(`${harness.url}/`)
    expect((await focused(page)).id).toBe(`start-${first.id}`)

    // The browser's own back and forward buttons follow the same history.
    await page.goBack()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(first.title)
    await page.goForward()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Choose a scenario')
  })

  it('opens a briefing from a deep link and says so for an unknown scenario', async () => {
    const page = await openPage()
    for (const scene of scenes) {
      await page.goto(`${harness.url}/scenario/${scene.id}`)
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(scene.title)
      await expect.poll(() => page.getByRole('heading', { name: 'Patient' }).count()).toBe(1)
    }
    await page.goto(`${harness.url}/scenario/no-such-scenario`)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Scenario not found')
    await page.getByRole('link', { name: 'See all scenarios' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Choose a scenario')
  })

  it('fits a phone screen without sideways scrolling', async () => {
    const page = await openPage({ width: 360, height: 740 })
    const noOverflow = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
    await page.goto(`${harness.url}/`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(await noOverflow()).toBe(true)
    await page.screenshot({ path: join(SCREENSHOTS, 'picker-phone.png'), fullPage: true })
    const first = scenes[0]
    if (!first) throw new Error('no scene')
    await page.goto(`${harness.url}/scenario/${first.id}`)
    await page.getByRole('heading', { name: 'Handover' }).waitFor()
    expect(await noOverflow()).toBe(true)
    await page.screenshot({ path: join(SCREENSHOTS, 'briefing-phone.png'), fullPage: true })
  })
})
