/** A 2D context that records what the monitor draws (text with its colour, boxes, line points). */
export function createFakeContext() {
  const texts: { text: string; fill: string }[] = []
  const rects: { fill: string; x: number; y: number; w: number; h: number }[] = []
  const points: number[] = []
  const ctx = {
    fillStyle: '#000',
    strokeStyle: '#000',
    font: '10px sans-serif',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    lineWidth: 1,
    lineJoin: 'miter',
    globalAlpha: 1,
    fillRect(x: number, y: number, w: number, h: number) {
      rects.push({ fill: String(this.fillStyle), x, y, w, h })
    },
    fillText(text: string) {
      texts.push({ text, fill: String(this.fillStyle) })
    },
    measureText(text: string) {
      return { width: text.length * 10 }
    },
    beginPath() {},
    moveTo(x: number, y: number) {
      points.push(x, y)
    },
    lineTo(x: number, y: number) {
      points.push(x, y)
    },
    stroke() {},
  }
  return {
    ctx: ctx as unknown as CanvasRenderingContext2D,
    texts,
    rects,
    points,
    clear() {
      texts.length = 0
      rects.length = 0
      points.length = 0
    },
  }
}
