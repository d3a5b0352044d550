import { Component } from 'react'
import type { ErrorInfo, ReactNode } from 'react'
import { FallbackClock } from './FallbackClock.tsx'

interface State {
  error: Error | null
}

/**
 * Keeps a failure of the 3D view (no WebGL, a broken model) from taking the whole screen down:
 * the learner can still act through the menu and read the monitor panel.
 */
export class SceneErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn('The 3D view failed:', error, info.componentStack)
  }

  override render() {
    const { error } = this.state
    if (!error) return this.props.children
    return (
      <div className="scene-fallback" role="alert">
        <FallbackClock />
        <p>
          <strong>The 3D room could not be shown.</strong>
        </p>
        <p>
          You can still run the scenario: use the Actions button and the monitor panel. ({error.message || 'Unknown'})
        </p>
      </div>
    )
  }
}
