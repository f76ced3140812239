#!/usr/bin/env node
/**
 * Writes dist/images/: for every bundled role, its card as SVG (`<id>-card.svg`, `<id>-card-dark.svg`,
 * 1200 × 630), its compact card (`<id>-compact.svg`, `<id>-compact-dark.svg`, 600 px wide) and, when it
 * has a salary, its badge (`<id>-badge.svg`, and `<id>-badge-role.svg` naming the role), so a CDN can serve them without
 * running anything; and `dist/images/index.json` with each image's size and alt text. Run by
 * `npm run build`, after rollup (it uses dist/lib).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { roleImage } from '../tools/dist/images.js';

mkdirSync('dist/images', { recursive: true });
const index = {};
for (const file of readdirSync('data/roles').filter((f) => f.endsWith('.json')).sort()) {
  const role = JSON.parse(readFileSync(`data/roles/${file}`, 'utf8'));
  const images = [
    ['card', 'light', `${role.id}-card.svg`],
    ['card', 'dark', `${role.id}-card-dark.svg`],
    ['card', 'light', `${role.id}-compact.svg`, { size: 'compact' }],
    ['card', 'dark', `${role.id}-compact-dark.svg`, { size: 'compact' }],
    ...(role.salary
      ? [
          ['badge', 'light', `${role.id}-badge.svg`],
          ['badge', 'light', `${role.id}-badge-role.svg`, { labelRole: true }],
        ]
      : []),
  ];
  for (const [kind, theme, name, options] of images) {
    const image = await roleImage(role, { kind, theme, ...options });
    writeFileSync(`dist/images/${name}`, image.svg);
    index[name] = { width: image.width, height: image.height, alt: image.alt };
  }
}
writeFileSync('dist/images/index.json', `${JSON.stringify(index, null, 2)}\n`);
console.log(`dist/images: ${Object.keys(index).length} images`);
