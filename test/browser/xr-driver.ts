import type { Page } from 'playwright-core'
import type { Matrix4, Vector3 } from 'three'
import { TIME_SCALE } from './play-driver.ts'

type Vec3 = [number, number, number]
type Hand = 'left' | 'right'
const XR_VIEWPORT = { width: 640, height: 360 }

/**
 * Reloads the play screen with the emulated Quest 3 (iwer). Software-rendered XR frames are slow (a few per
 * second), and every press waits for frames: a headset run gets a smaller time scale than a desktop one.
 */
export async function withEmulatedHeadset(page: Page, timeScale = TIME_SCALE, extra: Record<string, string> = {}) {
  const url = new URL(page.url())
  url.search = `?${new URLSearchParams({ timeScale: String(timeScale), emu: 'iwer', ...extra })}`
  await page.goto(url.href)
  await page.waitForFunction(() => (window.__resus?.frames ?? 0) > 3 && !!window.__iwer, undefined, {
    timeout: 30_000,
  })
}

/**
 * Presses Enter VR (a trusted click, as WebXR requires) and waits for XR frames. The emulated headset renders
 * both eyes into the whole window: a small window keeps software-rendered XR frames fast enough to press in.
 */
export async function enterVr(page: Page) {
  await page.setViewportSize(XR_VIEWPORT)
  await page.getByRole('button', { name: 'Enter VR' }).click()
  await page.waitForFunction(() => window.__resus?.gl.xr.isPresenting === true, undefined, { timeout: 20_000 })
  await waitFrames(page, 5)
}

export async function exitVr(page: Page) {
  await page.evaluate(() => window.__resus?.gl.xr.getSession()?.end())
  await page.waitForFunction(() => window.__resus?.gl.xr.isPresenting === false, undefined, { timeout: 10_000 })
}

/** Waits for rendered frames (the pointer hit test runs per frame: move, wait, then press). */
export async function waitFrames(page: Page, n: number) {
  const start = await page.evaluate(() => window.__resus?.frames ?? 0)
  await page.waitForFunction((target) => (window.__resus?.frames ?? 0) >= target, start + n, { timeout: 20_000 })
}

/**
 * Puts an emulated controller or tracked hand at `from` (room coordinates) pointing at `to`. iwer poses are
 * in the session's reference space, i.e. the rig's frame: the room points go through the rig's inverse.
 */
async function poseDevice(page: Page, kind: 'controllers' | 'hands', hand: Hand, from: Vec3, to: Vec3) {
  await page.evaluate(
    ({ kind, hand, from, to }) => {
      const r = window.__resus
      const device = window.__iwer?.[kind][hand]
      if (!r || !device) throw new Error(`no emulated ${hand} ${kind}`)
      const V = r.scene.position.constructor as new (x?: number, y?: number, z?: number) => Vector3
      const M = r.scene.matrix.constructor as new () => Matrix4
      const origin = r.gl.xr.getCamera().parent
      origin?.updateMatrixWorld()
      const inverse = new M().copy(origin ? origin.matrixWorld : new M()).invert()
      const a = new V(...from).applyMatrix4(inverse)
      const b = new V(...to).applyMatrix4(inverse)
      const q = r.scene.quaternion.clone().setFromRotationMatrix(new M().lookAt(a, b, new V(0, 1, 0)))
      device.position.set(a.x, a.y, a.z)
      device.quaternion.set(q.x, q.y, q.z, q.w)
    },
    { kind, hand, from, to },
  )
}

export const aimController = (page: Page, hand: Hand, from: Vec3, to: Vec3) =>
  poseDevice(page, 'controllers', hand, from, to)

/** Where a named object's origin is in the room. */
export async function worldPointOf(page: Page, name: string): Promise<Vec3> {
  return page.evaluate((name) => {
    const object = window.__resus?.scene.getObjectByName(name)
    if (!object) throw new Error(`no object named ${name}`)
    const p = object.getWorldPosition(object.position.clone())
    return [p.x, p.y, p.z] as Vec3
  }, name)
}

/** Where the headset's eyes are in the room (the camera's world position). */
export async function headPosition(page: Page): Promise<Vec3> {
  return page.evaluate(() => {
    const camera = window.__resus?.camera
    if (!camera) throw new Error('no camera')
    const p = camera.getWorldPosition(camera.position.clone())
    return [p.x, p.y, p.z] as Vec3
  })
}

/** Pulls and releases a controller button (trigger: select with the ray; squeeze: grab). */
export async function press(page: Page, hand: Hand, button: 'trigger' | 'squeeze') {
  await page.evaluate(({ hand, button }) => window.__iwer?.controllers[hand]?.updateButtonValue(button, 1), {
    hand,
    button,
  })
  await waitFrames(page, 1)
  await page.evaluate(({ hand, button }) => window.__iwer?.controllers[hand]?.updateButtonValue(button, 0), {
    hand,
    button,
  })
  await waitFrames(page, 2)
}

/** A pinch of a tracked hand, held for a frame. */
async function pinch(page: Page, hand: Hand) {
  await page.evaluate((hand) => window.__iwer?.hands[hand]?.updatePinchValue(1), hand)
  await waitFrames(page, 1)
  await page.evaluate((hand) => window.__iwer?.hands[hand]?.updatePinchValue(0), hand)
  await waitFrames(page, 2)
}

/** Aims the right controller at a room point from just in front of and below the eyes, then clicks. */
export async function rayClick(page: Page, target: Vec3, hand: Hand = 'right') {
  const head = await headPosition(page)
  const from: Vec3 = [head[0] + (hand === 'right' ? 0.15 : -0.15), head[1] - 0.3, head[2]]
  await aimController(page, hand, from, target)
  await waitFrames(page, 3)
  await press(page, hand, 'trigger')
}

/** The room point at the centre of a panel's button (the panel must be showing). */
export async function buttonPoint(page: Page, panel: string, buttonId: string): Promise<Vec3> {
  const point = await page.waitForFunction(
    ({ panel, buttonId }) => {
      const mesh = window.__resus?.scene.getObjectByName(panel)
      const model = mesh?.userData['panel'] as
        | { widthPx: number; heightPx: number; buttons: { id: string; x: number; y: number; w: number; h: number }[] }
        | undefined
      const button = model?.buttons.find((b) => b.id === buttonId)
      if (!mesh || !model || !button) return null
      const box = (mesh as unknown as { geometry: { parameters: { width: number; height: number } } }).geometry
        .parameters
      const u = (button.x + button.w / 2) / model.widthPx
      const v = (button.y + button.h / 2) / model.heightPx
      const local = mesh.position.clone().set((u - 0.5) * box.width, (0.5 - v) * box.height, 0)
      mesh.updateWorldMatrix(true, false)
      const p = mesh.localToWorld(local)
      return [p.x, p.y, p.z]
    },
    { panel, buttonId },
    { timeout: 10_000 },
  )
  return (await point.jsonValue()) as Vec3
}

/** Points the controller ray at a panel button and pulls the trigger. */
export async function pressPanel(page: Page, panel: string, buttonId: string, hand: Hand = 'right') {
  await rayClick(page, await buttonPoint(page, panel, buttonId), hand)
}

/** Picks an action on the open action panel, paging on with "Next" until it shows. */
export async function chooseInPanel(page: Page, actionId: string) {
  for (let pageTurns = 0; pageTurns < 6; pageTurns += 1) {
    const has = await page
      .waitForFunction(
        () => {
          const model = window.__resus?.scene.getObjectByName('vr-panel-actions')?.userData['panel'] as
            { buttons: { id: string }[] } | undefined
          return model ? model.buttons.map((b) => b.id) : null
        },
        undefined,
        { timeout: 10_000 },
      )
      .catch(async (error: unknown) => {
        await page.screenshot({ path: 'test-output/screenshots/xr-no-panel.png' })
        throw error
      })
    const ids = (await has.jsonValue()) as string[]
    if (ids.includes(`action:${actionId}`)) return pressPanel(page, 'vr-panel-actions', `action:${actionId}`)
    if (!ids.includes('next')) throw new Error(`${actionId} is not offered here: ${ids.join(', ')}`)
    await pressPanel(page, 'vr-panel-actions', 'next')
  }
  throw new Error(`${actionId} not found after paging`)
}

/** Types a dose on the in-world number pad (it starts empty), picks unit and route, and gives it. */
export async function padDose(page: Page, value: string, unit: string, route?: string) {
  const text = await page.evaluate(() => {
    const model = window.__resus?.scene.getObjectByName('vr-panel-dose')?.userData['panel'] as
      { lines: string[] } | undefined
    return model?.lines.join(' ') ?? ''
  })
  if (/\d/.test(text.replace(/\d+:\d+/g, ''))) throw new Error(`the dose pad must start empty: ${text}`)
  for (const key of value) await pressPanel(page, 'vr-panel-dose', `key:${key}`)
  await pressPanel(page, 'vr-panel-dose', `unit:${unit}`)
  if (route) await pressPanel(page, 'vr-panel-dose', `route:${route}`)
  await page.screenshot({ path: 'test-output/screenshots/xr-dose-typed.png' })
  await pressPanel(page, 'vr-panel-dose', 'give')
}

/** Moves a controller to a room point (pointing down, as a hand reaching for something). */
export async function moveController(page: Page, hand: Hand, to: Vec3) {
  await aimController(page, hand, to, [to[0], to[1] - 1, to[2] - 0.01])
}

/** Grips an item where it lies, carries it to a room point and lets go there. */
export async function grabAndPlace(page: Page, hand: Hand, from: Vec3, to: Vec3) {
  await moveController(page, hand, from)
  await waitFrames(page, 3)
  await page.evaluate((hand) => window.__iwer?.controllers[hand]?.updateButtonValue('squeeze', 1), hand)
  await waitFrames(page, 3)
  await moveController(page, hand, to)
  await waitFrames(page, 3)
  await page.evaluate((hand) => window.__iwer?.controllers[hand]?.updateButtonValue('squeeze', 0), hand)
  await waitFrames(page, 3)
}

/** Switches the emulated headset between controllers and tracked hands. */
export async function useHands(page: Page, hands: boolean) {
  await page.evaluate((hands) => {
    if (window.__iwer) window.__iwer.primaryInputMode = hands ? 'hand' : 'controller'
  }, hands)
  await waitFrames(page, 5)
}

/** Points a tracked hand at a room point and pinches (index and thumb) to select. */
export async function pinchAt(page: Page, hand: Hand, target: Vec3) {
  const head = await headPosition(page)
  await poseDevice(page, 'hands', hand, [head[0], head[1] - 0.35, head[2]], target)
  await waitFrames(page, 3)
  await pinch(page, hand)
}

/**
 * Clicks a room object from half a metre in front of it (as a learner steps up to it), so that nothing
 * between the bedside and, say, the phone on the far wall takes the ray first.
 */
export async function rayClickNear(page: Page, target: Vec3, hand: Hand = 'right') {
  await aimNear(page, target, hand)
  await press(page, hand, 'trigger')
}

/** Points a controller at a room object from half a metre in front of it, and waits for the hit test. */
export async function aimNear(page: Page, target: Vec3, hand: Hand = 'right') {
  const head = await headPosition(page)
  const [dx, dy, dz] = [head[0] - target[0], head[1] - target[1], head[2] - target[2]]
  const n = Math.hypot(dx, dy, dz) || 1
  const from: Vec3 = [target[0] + (dx / n) * 0.5, target[1] + (dy / n) * 0.5, target[2] + (dz / n) * 0.5]
  await aimController(page, hand, from, target)
  await waitFrames(page, 3)
}

export interface Compressions {
  ratePerMin: number
  depthMm: number
  /** Hands lifted off the chest (a pause). */
  handsOff?: boolean
}

/**
 * Moves both emulated controllers up and down on the patient's lower sternum, frame by frame, as a compressor
 * would: a cosine stroke of `depthMm` at `ratePerMin`, timed in the frames' emulated time (`?xrFrameHz`).
 * Call again to change the motion; `stopCompressions` ends it.
 */
export async function compress(page: Page, motion: Compressions, frameHz: number) {
  await page.evaluate(
    ({ motion, frameHz }) => {
      type Driver = { motion: typeof motion; stop(): void }
      const w = window as unknown as { __cpr?: Driver }
      if (w.__cpr) {
        w.__cpr.motion = motion
        return
      }
      const r = window.__resus
      const device = window.__iwer
      const session = r?.gl.xr.getSession()
      const sternum = r?.scene.getObjectByName('interactable-patient')
      if (!r || !device || !session || !sternum) throw new Error('not in VR with a patient')
      const top = sternum.getWorldPosition(sternum.position.clone())
      top.y += 0.05 // palms resting on the chest
      const q = r.scene.quaternion.clone()
      let frame = 0
      let id = 0
      const driver: Driver = {
        motion,
        stop: () => session.cancelAnimationFrame(id),
      }
      const step = () => {
        const t = frame / frameHz
        frame += 1
        const { ratePerMin, depthMm, handsOff } = driver.motion
        const down = ((depthMm / 1000) * (1 - Math.cos((2 * Math.PI * ratePerMin * t) / 60))) / 2
        const origin = r.gl.xr.getCamera().parent
        origin?.updateMatrixWorld()
        const inverse = r.scene.matrix
          .clone()
          .copy(origin ? origin.matrixWorld : r.scene.matrix)
          .invert()
        for (const [hand, dx] of [
          ['left', -0.02],
          ['right', 0.02],
        ] as const) {
          const p = top
            .clone()
            .add(top.clone().set(dx, handsOff ? 0.4 : -down, 0))
            .applyMatrix4(inverse)
          const c = device.controllers[hand]
          c?.position.set(p.x, p.y, p.z)
          c?.quaternion.set(q.x, q.y, q.z, q.w)
        }
        id = session.requestAnimationFrame(step)
      }
      id = session.requestAnimationFrame(step)
      w.__cpr = driver
    },
    { motion, frameHz },
  )
}

/** The CPR quality the engine holds now (null: no CPR running). */
export async function cprQuality(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const cpr = window.__resus?.sim()?.active['cpr'] as { quality?: number } | undefined
    return cpr?.quality ?? null
  })
}

/** Saves the left and right eye views (the emulated headset draws both eyes side by side on the canvas). */
export async function shootEyes(page: Page, name: string) {
  const rect = await page.evaluate(() => {
    const r = window.__resus?.gl.domElement.getBoundingClientRect()
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null
  })
  if (!rect) throw new Error('no canvas')
  const half = Math.floor(rect.width / 2)
  for (const [eye, x] of [
    ['left', rect.x],
    ['right', rect.x + half],
  ] as const) {
    await page.screenshot({
      path: `test-output/screenshots/${name}-${eye}-eye.png`,
      clip: { x, y: rect.y, width: half, height: rect.height },
    })
  }
}
