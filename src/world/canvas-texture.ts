import { CanvasTexture, LinearFilter, LinearMipmapLinearFilter, SRGBColorSpace } from 'three'

/**
 * A 2D canvas and the texture that shows it (the monitor's screen, the headset's panels): system fonts, no
 * asset fetched. Null where the browser has no 2D context.
 */
export function createCanvasTexture(widthPx: number, heightPx: number) {
  const canvas = document.createElement('canvas')
  canvas.width = widthPx
  canvas.height = heightPx
  const ctx = canvas.getContext('2d')
  if (!ctx) return null
  const texture = new CanvasTexture(canvas)
  texture.colorSpace = SRGBColorSpace
  // Mipmaps keep thin traces and text from shimmering when seen small or at an angle.
  texture.minFilter = LinearMipmapLinearFilter
  texture.magFilter = LinearFilter
  texture.anisotropy = 4
  return { ctx, texture }
}
