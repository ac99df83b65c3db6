/**
 * The PNG export, rendered from the SVG export, and saving either as a file.
 */

/** Browsers refuse larger canvases (Chromium: 16,384 px a side), and `toBlob` then yields null. */
const MAX_SIDE = 16_384

/** Renders an SVG document string to a PNG `scale` times its CSS size. */
export async function exportPNG(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  if (!(width > 0 && height > 0)) throw new RangeError(`Cannot render a ${width} × ${height} PNG.`)
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    // Not `image.decode()`: Safari has rejected it for SVG images (WebKit bug 188347).
    await new Promise((resolve, reject) => {
      image.onload = resolve
      image.onerror = () =>
        reject(
          new Error(
            'The SVG could not be loaded as an image: it is not well-formed, or the page’s Content-Security-Policy does not allow blob: images.',
          ),
        )
      image.src = url
    })
    const factor = Math.min(scale, MAX_SIDE / width, MAX_SIDE / height)
    const canvas = document.createElement('canvas')
    canvas.width = Math.max(1, Math.round(width * factor))
    canvas.height = Math.max(1, Math.round(height * factor))
    const context = canvas.getContext('2d')
    if (!context) throw new Error('The PNG could not be drawn: this browser gives no 2D canvas.')
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))),
        'image/png',
      ),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** Saves a blob as a file through a temporary `<a download>`. */
export function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.click()
  // Revoking at once can cancel the download in some browsers; FileSaver.js waits 40 s.
  setTimeout(() => URL.revokeObjectURL(url), 40_000)
}

/** A file name from a title: `the-c-i-a-director-s-visit….svg`, ASCII, at most 60 characters before the extension. */
export function exportFileName(title: string, extension: 'svg' | 'png'): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '')
  return `${slug || 'network'}.${extension}`
}
