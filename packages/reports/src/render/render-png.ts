import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type RenderedImage, Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/**
 * resvg draws no text at all without font files (it silently drops every label), and it ignores woff: the TTFs
 * ship with the dejavu-fonts-ttf package. Its exports map blocks deep paths, so resolve the package, then join.
 */
export const DEJAVU_SANS = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf');
const DEFAULT_FONT_FILES: readonly string[] = [DEJAVU_SANS, join(dirname(DEJAVU_SANS), 'DejaVuSans-Bold.ttf')];

export interface RasterOptions {
  /** TTF/OTF files to draw text with; DejaVu Sans by default. Glyphs they lack (CJK, emoji) are not drawn. */
  fontFiles?: readonly string[];
  /** 2 (the default) is crisp on high-density screens. */
  scale?: number;
}

/** SVG -> pixels, with only the given fonts (no system font lookup: the output is the same on every machine). */
export function rasterize(svg: string, options: RasterOptions = {}): RenderedImage {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    font: {
      fontFiles: [...(options.fontFiles ?? DEFAULT_FONT_FILES)],
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  });
  return resvg.render();
}

export function svgToPng(svg: string, options: RasterOptions = {}): Buffer {
  return rasterize(svg, options).asPng();
}
