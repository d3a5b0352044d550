import { useEffect, useState } from 'react'

/**
 * Whether this browser can enter immersive VR (a headset's browser, a PC with a headset, or the emulator):
 * the Enter VR button shows only then. Undefined while asking.
 */
export function useVrSupported(): boolean | undefined {
  const [supported, setSupported] = useState<boolean | undefined>(undefined)
  useEffect(() => {
    const xr = navigator.xr
    if (!xr) {
      setSupported(false)
      return
    }
    let live = true
    const check = () =>
      xr.isSessionSupported('immersive-vr').then(
        (ok) => live && setSupported(ok),
        () => live && setSupported(false),
      )
    void check()
    xr.addEventListener('devicechange', check)
    return () => {
      live = false
      xr.removeEventListener('devicechange', check)
    }
  }, [])
  return supported
}
