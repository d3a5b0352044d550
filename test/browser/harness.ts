import { mkdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { createResusServer } from '../../src/server/create-server.ts'
import type { ResusServer } from '../../src/server/create-server.ts'
import { ROOT_DIR } from '../app-paths.ts'

export const SCREENSHOTS = join(ROOT_DIR, 'test-output', 'screenshots')

/** Chromium flags that give WebGL without a GPU and no background traffic (shared/webxr-notes.md §2.2). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** The LRS account of the harness's server (the launch page and the LRS ask for it). */
export const LRS_ACCOUNT = { username: 'educator', password: 'browser-test-password' }

export interface Harness {
  /** Base URL of this file's own server (free port, own data directory). */
  readonly url: string
  /** A fresh page; console errors, page errors and any request to another origin fail the test. */
  open(viewport?: { width: number; height: number }, options?: { signedIn?: boolean; touch?: boolean }): Promise<Page>
  /** The page's browser context (offline switch, cookies). */
  readonly context: BrowserContext
  /** For this test only, accept console errors matching this (e.g. a request cut off by going offline). */
  tolerate(problem: RegExp): void
}

/**
 * Starts a Resus server and headless Chromium for one test file (the build comes from the app
 * project's global setup), and checks after each test that nothing went wrong in the page.
 */
export interface HarnessOptions {
  /** Browser origins the server's LRS and fetch URL accept (for AUs hosted elsewhere). */
  corsOrigins?: string[] | '*'
  /** Further origins the page may reach (a test's own second server); anything else fails the test. */
  allowedOrigins?: () => string[]
}

export function useBrowserHarness(options: HarnessOptions = {}): Harness {
  let tmp = ''
  let server: ResusServer | undefined
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  let problems: string[] = []
  let tolerated: RegExp[] = []

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    tmp = await mkdtemp(join(tmpdir(), 'resus-browser-'))
    server = await createResusServer({
      port: 0,
      dataDir: tmp,
      lrs: LRS_ACCOUNT,
      ...(options.corsOrigins && { corsOrigins: options.corsOrigins }),
    })
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    if (tmp) await rm(tmp, { recursive: true, force: true })
  })

  afterEach(async () => {
    await context?.close()
    context = undefined
    const seen = problems.filter((p) => !tolerated.some((t) => t.test(p)))
    problems = []
    tolerated = []
    expect(seen).toEqual([])
  })

  return {
    get url() {
      if (!server) throw new Error('the server is not started yet (use the harness inside tests)')
      return server.url
    },
    tolerate(problem) {
      tolerated.push(problem)
    },
    get context() {
      if (!context) throw new Error('no page is open')
      return context
    },
    async open(viewport = { width: 1280, height: 800 }, openOptions = {}) {
      if (!browser || !server) throw new Error('the harness is not started yet')
      const ctx = await browser.newContext({
        viewport,
        reducedMotion: 'reduce',
        // A phone: touch events, a mobile viewport, no mouse hover.
        ...(openOptions.touch && { hasTouch: true, isMobile: true }),
        // Answers the launch page's Basic-auth challenge, as an educator signing in would.
        ...(openOptions.signedIn && { httpCredentials: { ...LRS_ACCOUNT, origin: new URL(server.url).origin } }),
      })
      context = ctx
      const allowed = [new URL(server.url).origin, ...(options.allowedOrigins?.() ?? [])]
      await ctx.route('**/*', (route) => {
        const url = route.request().url()
        if (url.startsWith('data:') || url.startsWith('blob:') || allowed.includes(new URL(url).origin))
          return route.continue()
        problems.push(`request left the server: ${url}`)
        return route.abort()
      })
      const page = await ctx.newPage()
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
      })
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      return page
    },
  }
}
