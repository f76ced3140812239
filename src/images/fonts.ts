/**
 * The card's fonts, chosen for its text: Inter (@fontsource/inter) in the subsets the text needs —
 * Latin and Latin Extended always, Greek, Cyrillic and Vietnamese when it has them — and Vazirmatn
 * (@fontsource/vazirmatn, 1 MB unpacked) for Arabic script: Persian and Arabic text, digits and
 * signs. Both SIL Open Font License, shipped with their licences; WOFF files, in the card's two
 * weights. Which subset has which characters is fontsource's own unicode.json. Other scripts (CJK,
 * emoji, Hebrew, Indic, Thai, …) have no font here: their fonts are tens of megabytes, so the card
 * refuses such text instead (see card.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A font as satori takes it. */
export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

/** What the card can draw, for messages. */
export const SCRIPTS = 'Latin, Greek, Cyrillic, Vietnamese and Arabic-script text';

const FAMILIES = [
  { name: 'Inter', package: '@fontsource/inter', subsets: ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'] },
  { name: 'Vazirmatn', package: '@fontsource/vazirmatn', subsets: ['arabic'] },
];

const require = createRequire(import.meta.url);

interface Subset {
  /** The subset's own family name: satori keeps one font per name, weight and style. */
  name: string;
  file: (weight: number) => string;
  always: boolean;
  ranges: [number, number][];
}

let subsets: Subset[] | undefined;
function allSubsets(): Subset[] {
  subsets ??= FAMILIES.flatMap((family) => {
    const ranges = JSON.parse(readFileSync(require.resolve(`${family.package}/unicode.json`), 'utf8')) as Record<string, string>;
    const file = family.package.split('/')[1]!;
    return family.subsets.map((subset) => ({
      name: `${family.name} ${subset}`,
      file: (weight: number) => `${family.package}/files/${file}-${subset}-${weight}-normal.woff`,
      always: family.name === 'Inter' && subset.startsWith('latin'),
      // "U+0370-0377,U+037A" → [[0x370, 0x377], [0x37a, 0x37a]]
      ranges: ranges[subset]!.split(',').map((range) => {
        const [from, to = from] = range.replace(/U\+/g, '').split('-') as [string, string?];
        return [parseInt(from, 16), parseInt(to, 16)] as [number, number];
      }),
    }));
  });
  return subsets;
}

const files = new Map<string, Buffer>();
const sets = new Map<string, { fonts: CardFont[]; family: string }>();

/**
 * The fonts that draw `text`: the Latin subsets and each subset that has one of its characters, and
 * the font-family list that names them (Inter's Latin first: digits and punctuation are Inter's in
 * any text). The same subsets give the same array, so satori's cache of parsed fonts (kept per
 * array) is used.
 */
export function fontsFor(text: string): { fonts: CardFont[]; family: string } {
  const codePoints = [...new Set(text)].map((character) => character.codePointAt(0)!);
  const chosen = allSubsets().filter((subset) => subset.always || codePoints.some((cp) => subset.ranges.some(([from, to]) => cp >= from && cp <= to)));
  const key = chosen.map((subset) => subset.file(400)).join(' ');
  let set = sets.get(key);
  if (!set) {
    const fonts = chosen.flatMap((subset) =>
      ([400, 700] as const).map((weight) => {
        const path = subset.file(weight);
        let data = files.get(path);
        if (!data) files.set(path, (data = readFileSync(require.resolve(path))));
        return { name: subset.name, data, weight, style: 'normal' as const };
      }),
    );
    sets.set(key, (set = { fonts, family: chosen.map((subset) => `'${subset.name}'`).join(', ') }));
  }
  return set;
}

/** The characters of satori's unresolved segments that would show: not spaces, controls or format characters. */
export const visibleCharacters = (segments: string[]): string[] => [...new Set(segments.join(''))].filter((c) => !/[\p{Z}\p{Cc}\p{Cf}]/u.test(c));
