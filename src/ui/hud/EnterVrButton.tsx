import { useState } from 'react'
import { useVrSupported } from '../../xr/use-vr-support.ts'
import { useXrSessionActive } from '../../xr/use-xr-session.ts'
import { xrStore } from '../../xr/xr-store.ts'

/** Shown only where immersive VR is possible (a headset's browser); entering is always this click. */
export function EnterVrButton() {
  const supported = useVrSupported()
  const active = useXrSessionActive()
  const [failure, setFailure] = useState<string | null>(null)
  if (!supported) return null
  const enter = () => {
    setFailure(null)
    xrStore.enterVR().catch((error: unknown) => {
      setFailure(`Could not enter VR: ${error instanceof Error ? error.message : String(error)}`)
    })
  }
  return (
    <>
      <button type="button" className="hud-button hud-vr" onClick={enter} disabled={active}>
        {active ? 'In VR' : 'Enter VR'}
      </button>
      {failure && (
        <span role="alert" className="hud-vr-error">
          {failure}
        </span>
      )}
    </>
  )
}
