import { createXRStore } from '@react-three/xr'
import { pickFrameRate } from './frame-rate.ts'

/**
 * Controller layouts and hand models are served by the app itself (public/xr-profiles, `npm run xr:profiles`):
 * the library's default is a CDN, and without them no controller or hand becomes an input. It must be an
 * absolute URL (the library resolves files with `new URL(file, base)`); BASE_URL is './' in the cmi5 package.
 */
export const xrAssetBase = (): string =>
  new URL('xr-profiles/', new URL(import.meta.env.BASE_URL, window.location.href)).href

const CLICK_MS = 3000

/** One XR store for the app's lifetime (entering VR is always a user gesture: the Enter VR button). */
export const xrStore = createXRStore({
  // iwer is installed by the app only on request (?emu=iwer); the library's own emulator stays out.
  emulate: false,
  // No browser-offered session prompt: it has crashed Quest Browser before and iwer allows only one offer.
  offerSession: false,
  baseAssetPath: xrAssetBase(),
  frameRate: pickFrameRate,
  foveation: 1,
  handTracking: true,
  // A VR room needs none of the AR features, and asking for room scans makes Quest prompt for spatial data.
  anchors: false,
  bodyTracking: false,
  layers: false,
  meshDetection: false,
  planeDetection: false,
  hitTest: false,
  domOverlay: false,
  // Teleport (an arc onto the floor) instead of smooth locomotion. A press released on the same button counts
  // as a click for up to 3 s: the library's 300 ms misses a deliberate, careful press and any press spanning
  // a slow frame; moving off the button before letting go still cancels it.
  // The library's grab pointer is off: near any object it takes over from the ray, and at a bedside the hands
  // are always near something. Resus's own grab (src/xr/grab) picks up the kit with the grip or a pinch.
  controller: { teleportPointer: true, grabPointer: false, rayPointer: { clickThresholdMs: CLICK_MS } },
  hand: { teleportPointer: true, grabPointer: false, rayPointer: { clickThresholdMs: CLICK_MS } },
  gaze: false,
  screenInput: false,
  transientPointer: false,
})
