/**
 * In the real app (headless Chromium, software WebGL): time from navigation to the first rendered
 * room frame, and the median main-thread time of the app's own per-frame work — from the start of the
 * animation frame to gl.render (SimClock, store reads, useFrame callbacks), excluding gl.render itself.
 * Wall-clock figures on a CPU rasteriser: compare them between runs of this machine, not with a headset.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { createResusServer } from '../../src/server/create-server.ts'
import { CHROMIUM_ARGS } from '../browser/harness.ts'

export interface FramePerf {
  scene: string
  firstFrameMs: number
  appWorkMedianMs: number
  renderMedianMs: number
  frames: number
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? (s[Math.floor((s.length - 1) / 2)] ?? NaN) : NaN
}

export async function measureFrames(distDir: string, scenes: string[]): Promise<FramePerf[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'resus-bench-'))
  const server = await createResusServer({ port: 0, dataDir, distDir })
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS })
  const out: FramePerf[] = []
  try {
    for (const scene of scenes) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
      // Record when each animation frame starts, before any app code runs.
      await page.addInitScript(() => {
        const w = window as unknown as { __rafStart: number }
        const raf = window.requestAnimationFrame.bind(window)
        window.requestAnimationFrame = (cb) =>
          raf((t) => {
            w.__rafStart = performance.now()
            cb(t)
          })
      })
      await page.goto(`${server.url}/scenario/${scene}/play`)
      await page.waitForFunction(() => (window.__resus?.frames ?? 0) >= 1, undefined, { timeout: 60_000 })
      const firstFrameMs = await page.evaluate(() => performance.now())
      const samples = await page.evaluate(async () => {
        const handle = window.__resus
        if (!handle) throw new Error('no debug handle')
        const w = window as unknown as { __rafStart: number }
        const app: number[] = []
        const render: number[] = []
        const original = handle.gl.render.bind(handle.gl)
        handle.gl.render = (scene, camera) => {
          const t0 = performance.now()
          app.push(t0 - w.__rafStart)
          original(scene, camera)
          render.push(performance.now() - t0)
        }
        await new Promise((resolve) => setTimeout(resolve, 8000))
        handle.gl.render = original
        return { app, render }
      })
      out.push({
        scene,
        firstFrameMs,
        appWorkMedianMs: median(samples.app.slice(5)),
        renderMedianMs: median(samples.render.slice(5)),
        frames: samples.app.length,
      })
      await page.close()
    }
  } finally {
    await browser.close()
    await server.close()
    await rm(dataDir, { recursive: true, force: true })
  }
  return out
}
