/** A 2D context that records what a panel draws: texts with their colour, filled and stroked boxes. */
export function createFakeContext() {
  const texts: { text: string; fill: string; font: string; maxWidth?: number }[] = []
  const rects: { fill: string; x: number; y: number; w: number; h: number }[] = []
  const strokes: { stroke: string; x: number; y: number; w: number; h: number }[] = []
  const ctx = {
    fillStyle: '#000',
    strokeStyle: '#000',
    font: '10px sans-serif',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    lineWidth: 1,
    fillRect(x: number, y: number, w: number, h: number) {
      rects.push({ fill: String(this.fillStyle), x, y, w, h })
    },
    strokeRect(x: number, y: number, w: number, h: number) {
      strokes.push({ stroke: String(this.strokeStyle), x, y, w, h })
    },
    fillText(text: string, _x: number, _y: number, maxWidth?: number) {
      texts.push({ text, fill: String(this.fillStyle), font: this.font, ...(maxWidth !== undefined && { maxWidth }) })
    },
    /** 20 px a character: about Arial bold at 36 px. */
    measureText(text: string) {
      return { width: text.length * 20 }
    },
  }
  return { ctx: ctx as unknown as CanvasRenderingContext2D, texts, rects, strokes }
}
