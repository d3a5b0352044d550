import { describe, expect, it } from 'vitest'
import { createSimStore } from '../../src/store/index.ts'
import { selectAssumedCprQuality } from '../../src/ui/hud/selectors.ts'
import { loadScene } from '../scenes/load-scenes.ts'

const vf = loadScene('vf-arrest-adult.yaml')
const running = () => {
  const store = createSimStore({ nextSeed: () => 5 })
  store.getState().load(vf)
  store.getState().start()
  store.getState().advance(2_000)
  return store
}

describe('HUD: desktop CPR says its assumption', () => {
  it('states the scene’s assumed quality while unmeasured CPR runs, and nothing before or after', () => {
    const store = running()
    expect(selectAssumedCprQuality(store.getState())).toBeNull()
    store.getState().perform({ type: 'action.perform', actionId: 'cpr-start' })
    expect(selectAssumedCprQuality(store.getState())).toBe(vf.cpr?.assumedQuality)
    store.getState().advance(5_000)
    store.getState().perform({ type: 'action.perform', actionId: 'cpr-stop' })
    expect(selectAssumedCprQuality(store.getState())).toBeNull()
  })

  it('says nothing once a headset measures the quality', () => {
    const store = running()
    store.getState().perform({ type: 'action.perform', actionId: 'cpr-start' })
    store.getState().advance(2_000)
    store.getState().perform({ type: 'cpr.quality', quality: 0.9 })
    expect(selectAssumedCprQuality(store.getState())).toBeNull()
    const headset = running()
    headset.getState().perform({ type: 'action.perform', actionId: 'cpr-start', quality: 0.4 })
    expect(selectAssumedCprQuality(headset.getState())).toBeNull()
  })
})
