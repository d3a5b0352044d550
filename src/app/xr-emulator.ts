import type { XRDevice } from 'iwer'

declare global {
  interface Window {
    /** The emulated headset (tests drive its controllers and hands), present only with ?emu=iwer. */
    __iwer?: XRDevice
  }
}

/** `?emu=iwer`: development and tests get an emulated Quest 3; a normal page load never fetches this chunk. */
export const xrEmulatorAsked = (search: string): boolean => new URLSearchParams(search).get('emu') === 'iwer'

/**
 * Installs iwer's Quest 3 over the browser's own WebXR. `forceInstall`: since iwer 2.3 it otherwise stands
 * aside for any native `navigator.xr`, which desktop Chromium always has (with no headset behind it).
 */
export async function installXrEmulator(): Promise<void> {
  const { XRDevice, metaQuest3 } = await import('iwer')
  const device = new XRDevice(metaQuest3, { stereoEnabled: true })
  device.installRuntime({ forceInstall: true })
  // While presenting, iwer moves the canvas into a full-window container of its own (a direct child of
  // <body>); let it fill that, so both eye views show at full size as a headset would show them.
  const style = document.createElement('style')
  style.textContent = 'body > div > canvas[data-engine] { width: 100vw !important; height: 100vh !important; }'
  document.head.append(style)
  window.__iwer = device
}
