import { mkdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createResusServer } from '../../src/server/create-server.ts'
import type { ResusServer } from '../../src/server/create-server.ts'
import { ROOT_DIR, validScenesOnDisk } from '../app-paths.ts'

const SCREENSHOTS = join(ROOT_DIR, 'test-output', 'screenshots')
const scenes = validScenesOnDisk().sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id))
const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

let tmp: string
let server: ResusServer
let browser: Browser
let context: BrowserContext | undefined
/** Console errors, page errors and requests to any host but ours, collected per test and asserted empty. */
let problems: string[] = []

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true })
  tmp = await mkdtemp(join(tmpdir(), 'resus-browser-'))
  server = await createResusServer({ port: 0, dataDir: tmp })
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await rm(tmp, { recursive: true, force: true })
})

async function openPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const ctx = await browser.newContext({ viewport, reducedMotion: 'reduce' })
  context = ctx
  const { origin } = new URL(server.url)
  await ctx.route('**/*', (route) => {
    const url = route.request().url()
    if (new URL(url).origin === origin) return route.continue()
    problems.push(`request left the server: ${url}`)
    return route.abort()
  })
  const page = await ctx.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  return page
}

afterEach(async () => {
  await context?.close()
  context = undefined
  const seen = problems
  problems = []
  expect(seen).toEqual([])
})

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
    await page.goto(`${server.url}/`)
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
    await page.goto(`${server.url}/`)
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
    await page.waitForURL(`${server.url}/scenario/${first.id}`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(first.title)
    expect(squash(await page.locator('.handover').innerText())).toBe(squash(first.briefing))
    expect((await focused(page)).tag).toBe('H1')
    expect(await page.title()).toBe(`${first.title} · Resus`)
    await page.screenshot({ path: join(SCREENSHOTS, 'briefing.png'), fullPage: true })

    await page.keyboard.press('Tab')
    expect((await focused(page)).text).toBe('Begin scenario')
    await page.keyboard.press('Tab')
    expect((await focused(page)).text).toContain('Back to scenarios')
    await page.keyboard.press('Enter')
    await page.waitForURL(`${server.url}/`)
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
      await page.goto(`${server.url}/scenario/${scene.id}`)
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(scene.title)
      await expect.poll(() => page.getByRole('heading', { name: 'Patient' }).count()).toBe(1)
    }
    await page.goto(`${server.url}/scenario/no-such-scenario`)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Scenario not found')
    await page.getByRole('link', { name: 'See all scenarios' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Choose a scenario')
  })

  it('fits a phone screen without sideways scrolling', async () => {
    const page = await openPage({ width: 360, height: 740 })
    const noOverflow = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
    await page.goto(`${server.url}/`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(await noOverflow()).toBe(true)
    await page.screenshot({ path: join(SCREENSHOTS, 'picker-phone.png'), fullPage: true })
    const first = scenes[0]
    if (!first) throw new Error('no scene')
    await page.goto(`${server.url}/scenario/${first.id}`)
    await page.getByRole('heading', { name: 'Handover' }).waitFor()
    expect(await noOverflow()).toBe(true)
    await page.screenshot({ path: join(SCREENSHOTS, 'briefing-phone.png'), fullPage: true })
  })
})
