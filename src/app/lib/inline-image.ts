/**
 * @module
 * The one rule for images that come from registries or packages (icons, images in release
 * notes): only inline `data:image/…` URLs are shown, so registry data can never make a viewer's
 * browser request another address (a LAN host, a tracker). SVG is included: inside `<img>` it
 * cannot run script or load anything.
 */

/** True when `src` is a `data:image/…` URL. */
export function isInlineImage(src: string): boolean {
  return /^data:image\//i.test(src.trim());
}
