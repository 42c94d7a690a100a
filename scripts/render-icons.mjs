/**
 * Renders the PWA icons from public/icons/icon.svg with Debian Chromium:
 * icon-{192,512}.png (rounded, transparent corners) and icon-maskable-{192,512}.png
 * (full-bleed background, mark scaled into the central safe zone). The PNGs are committed; run after editing the SVG.
 *
 * Usage: node scripts/render-icons.mjs
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const iconsDir = fileURLToPath(new URL('../public/icons/', import.meta.url));
const source = await readFile(`${iconsDir}icon.svg`, 'utf8');

/** The same artwork with a square, full-bleed background and the mark shrunk to stay inside the 80 % safe circle. */
function maskable(svg) {
  return svg
    .replace(/<rect id="bg"[^>]*\/>/, '<rect id="bg" width="512" height="512" fill="url(#bg-fill)"/>')
    .replace('<g id="mark">', '<g id="mark" transform="translate(256 256) scale(0.86) translate(-256 -256)">');
}

const targets = [
  { file: 'icon-192.png', size: 192, svg: source, transparent: true },
  { file: 'icon-512.png', size: 512, svg: source, transparent: true },
  { file: 'icon-maskable-192.png', size: 192, svg: maskable(source), transparent: false },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable(source), transparent: false },
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, svg, transparent } of targets) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace(/width="512" height="512"/, `width="${size}" height="${size}"`);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({
      path: `${iconsDir}${file}`,
      clip: { x: 0, y: 0, width: size, height: size },
      omitBackground: transparent,
    });
    console.log(`public/icons/${file}`);
  }
} finally {
  await browser.close();
}
