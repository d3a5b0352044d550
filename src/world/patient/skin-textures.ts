import { CanvasTexture, RepeatWrapping, SRGBColorSpace } from 'three'
import type { RashKind } from './appearance.ts'

const SIZE = 256

/** A small LCG: the rash looks the same every run without touching Math.random. */
function createRandom(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/** Draws `paint` at (x, y) and at its wrapped copies, so that the texture tiles without seams. */
function tiled(x: number, y: number, r: number, paint: (x: number, y: number) => void): void {
  for (const dx of [-SIZE, 0, SIZE]) {
    for (const dy of [-SIZE, 0, SIZE]) {
      if (x + dx > -r && x + dx < SIZE + r && y + dy > -r && y + dy < SIZE + r) paint(x + dx, y + dy)
    }
  }
}

/** Urticaria: raised pale wheals of varied size and outline, each in a diffuse red flare, some merging. */
function drawUrticaria(ctx: CanvasRenderingContext2D, strength: number): void {
  const random = createRandom(7)
  const wheals = Array.from({ length: 22 }, () => {
    const r = 8 + random() * 16
    const lobes = Array.from(
      { length: 2 + Math.floor(random() * 3) },
      () => [(random() - 0.5) * r, (random() - 0.5) * r] as const,
    )
    return { x: random() * SIZE, y: random() * SIZE, r, lobes }
  })
  const blob = (x: number, y: number, r: number, inner: string, outer: string) => {
    const g = ctx.createRadialGradient(x, y, 0, x, y, r)
    g.addColorStop(0, inner)
    g.addColorStop(0.55, inner)
    g.addColorStop(1, outer)
    ctx.fillStyle = g
    ctx.beginPath()
    ctx.arc(x, y, r, 0, Math.PI * 2)
    ctx.fill()
  }
  // Flares first, then the pale wheals on top of them.
  for (const w of wheals) {
    tiled(w.x, w.y, w.r * 2, (px, py) => {
      for (const [ox, oy] of w.lobes) {
        blob(px + ox, py + oy, w.r * 1.7, `rgba(224, 80, 78, ${0.42 * strength})`, 'rgba(224, 80, 78, 0)')
      }
    })
  }
  for (const w of wheals) {
    tiled(w.x, w.y, w.r * 2, (px, py) => {
      for (const [ox, oy] of w.lobes) {
        blob(px + ox, py + oy, w.r * 0.8, `rgba(255, 240, 232, ${0.8 * strength})`, 'rgba(255, 240, 232, 0)')
      }
    })
  }
}

/** Mottling (livedo): a violet, lace-like net around pale islands of skin. */
function drawMottling(ctx: CanvasRenderingContext2D): void {
  const random = createRandom(11)
  ctx.fillStyle = 'rgb(200, 158, 190)'
  ctx.fillRect(0, 0, SIZE, SIZE)
  for (let i = 0; i < 90; i++) {
    const x = random() * SIZE
    const y = random() * SIZE
    const r = 14 + random() * 14
    tiled(x, y, r, (px, py) => {
      const g = ctx.createRadialGradient(px, py, 0, px, py, r)
      g.addColorStop(0, 'rgba(255, 255, 255, 1)')
      g.addColorStop(0.6, 'rgba(255, 255, 255, 0.9)')
      g.addColorStop(1, 'rgba(255, 255, 255, 0)')
      ctx.fillStyle = g
      ctx.beginPath()
      ctx.arc(px, py, r, 0, Math.PI * 2)
      ctx.fill()
    })
  }
}

/** The skin's colour map for a rash kind: white (no change) plus the rash, to be multiplied by the skin tone. */
export function createRashTexture(kind: RashKind): CanvasTexture {
  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = kind === 'none' ? 4 : SIZE
  const ctx = canvas.getContext('2d')
  if (ctx) {
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    if (kind === 'urticaria') drawUrticaria(ctx, 1)
    if (kind === 'fading-urticaria') drawUrticaria(ctx, 0.4)
    if (kind === 'mottled') drawMottling(ctx)
  }
  const texture = new CanvasTexture(canvas)
  texture.colorSpace = SRGBColorSpace
  texture.wrapS = texture.wrapT = RepeatWrapping
  texture.repeat.set(4, 4)
  return texture
}
