import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useBrowserHarness } from './harness.ts'
import { enterScenario, shot } from './play-driver.ts'
import { compress, cprQuality, enterVr, withEmulatedHeadset } from './xr-driver.ts'

const harness = useBrowserHarness()
const VF = 'In-hospital cardiac arrest — ventricular fibrillation'
/** Each emulated frame counts as 1/20 s however slowly software renders it: 11 samples per stroke at 110/min. */
const FRAME_HZ = 20
const SLOW = { timeout: 150_000, intervals: [1000] }

async function perfusion(page: Page) {
  return page.evaluate(() => {
    const v = window.__resus?.sim()?.vitals
    return { sbp: v?.sbp ?? 0, etco2: v?.etco2 ?? 0 }
  })
}

/** What the status panel in the headset says now. */
async function statusPanelText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const model = window.__resus?.scene.getObjectByName('vr-panel-status')?.userData['panel'] as
      { lines: string[] } | undefined
    return model?.lines.join(' ') ?? ''
  })
}

describe('CPR performed in the headset (emulated Quest 3)', () => {
  it('110/min with full depth is good, 60/min or shallow is poor, a long pause is caught, and perfusion follows', async () => {
    const page = await harness.open({ width: 1024, height: 700 })
    await enterScenario(page, harness.url, VF)
    await withEmulatedHeadset(page, 1, { xrFrameHz: String(FRAME_HZ) })
    await enterVr(page)

    // Hands on the lower sternum and pushing starts CPR: no menu.
    await compress(page, { ratePerMin: 110, depthMm: 55 }, FRAME_HZ)
    await expect.poll(() => cprQuality(page), SLOW).toBeGreaterThanOrEqual(0.8)
    await shot(page, 'xr-cpr-compressions')
    await page.waitForTimeout(4000) // perfusion follows within seconds
    const good = await perfusion(page)

    await compress(page, { ratePerMin: 60, depthMm: 55 }, FRAME_HZ)
    await expect.poll(() => cprQuality(page), SLOW).toBeLessThan(0.5)
    await page.waitForTimeout(4000)
    const slow = await perfusion(page)
    expect(slow.sbp).toBeLessThan(good.sbp)
    expect(slow.etco2).toBeLessThan(good.etco2)

    await compress(page, { ratePerMin: 110, depthMm: 55 }, FRAME_HZ)
    await expect.poll(() => cprQuality(page), SLOW).toBeGreaterThanOrEqual(0.8)
    await compress(page, { ratePerMin: 110, depthMm: 20 }, FRAME_HZ)
    await expect.poll(() => cprQuality(page), SLOW).toBeLessThan(0.5)

    await compress(page, { ratePerMin: 110, depthMm: 55, handsOff: true }, FRAME_HZ)
    await expect.poll(() => statusPanelText(page), SLOW).toMatch(/Hands off for \d+ s/)
    await shot(page, 'xr-cpr-pause')
  }, 600_000)
})
