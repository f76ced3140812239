/**
 * Config of `cem analyze` (the build's last step): after the manifest is made, it drops one analyzer
 * artefact and writes the framework types from it with break-stuff's generators:
 * - dist/types/custom-elements-jsx.d.ts (custom-element-jsx-integration): every element's attributes,
 *   properties and `on<event>` handlers, as `CustomElements`; dist/types/react.d.ts adds them to
 *   React 19's `JSX.IntrinsicElements` (`job-widgets/react`);
 * - dist/types/vue.d.ts (custom-element-vuejs-integration): Vue's `GlobalComponents` (`job-widgets/vue`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const OUT = 'dist/types';
/** The package's types, from OUT. */
const LIB = '../lib/index.js';

/**
 * The generators write `CustomEvent<type>` for each event, so they want the event's detail type where
 * the manifest (rightly) names the event class. `job-load`'s detail follows the element's `profile`:
 * a role, or the directory's index. An event class missing here fails the build. (As `import()` types:
 * the generators would import a plain name once per element, and a name imported twice is an error.)
 */
const DETAIL = {
  JobLoadEvent: (element) => `import("${LIB}").JobLoadDetail<NonNullable<${element}["profile"]>>`,
  JobErrorEvent: () => `import("${LIB}").JobErrorDetail`,
  JobSelectEvent: () => `import("${LIB}").JobSelectDetail`,
};

/** The manifest as the generators should read it: detail types for events, no read-only properties. */
function forGenerators(manifest) {
  const copy = structuredClone(manifest);
  for (const element of copy.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)) {
    element.members = (element.members ?? []).filter((m) => !m.readonly);
    for (const event of element.events ?? []) {
      const detail = DETAIL[event.type?.text];
      if (!detail) throw new Error(`cem.config.js: no detail type for ${element.tagName}'s ${event.name} (${event.type?.text})`);
      event.type = { text: detail(element.name) };
    }
  }
  return copy;
}

/** React 19 reads intrinsic elements from the `react` module's JSX namespace; React's own props (className, onClick, ref…) join ours. */
const REACT = `import type { HTMLAttributes, Ref } from 'react';
import type { CustomElements } from './custom-elements-jsx.js';
import type {} from '../lib/define.js';

type Tag = keyof CustomElements & keyof HTMLElementTagNameMap;
/** An element's props in React: its own (generated from custom-elements.json), then React's for any HTML element. */
export type ReactProps<K extends Tag> = CustomElements[K] &
  Omit<HTMLAttributes<HTMLElementTagNameMap[K]>, keyof CustomElements[K]> & { ref?: Ref<HTMLElementTagNameMap[K]> };
type ReactElements = { [K in Tag]: ReactProps<K> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends ReactElements {}
  }
}
`;

export default {
  plugins: [
    {
      name: 'job-widgets-manifest-fixes',
      packageLinkPhase({ customElementsManifest }) {
        // `dispatchEvent(new JobSelectEvent(entry))` reads to the analyzer as an event named "entry":
        // drop undocumented events whose class a documented (`@fires`) event of the element already names.
        for (const element of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
          const documented = new Set((element.events ?? []).filter((e) => e.description).map((e) => e.type?.text));
          if (element.events) element.events = element.events.filter((e) => e.description || !documented.has(e.type?.text));
        }
      },
    },
    {
      name: 'job-widgets-framework-types',
      packageLinkPhase({ customElementsManifest }) {
        const manifest = forGenerators(customElementsManifest);
        const options = { outdir: OUT, globalTypePath: LIB, hideLogs: true };
        generateJsxTypes(manifest, { ...options, fileName: 'custom-elements-jsx.d.ts' });
        generateVuejsTypes(manifest, { ...options, fileName: 'vue.d.ts' });
        mkdirSync(OUT, { recursive: true });
        writeFileSync(`${OUT}/react.d.ts`, REACT);
        // Type-only entries still resolve to a module at run time (an empty one), so a plain import works too.
        writeFileSync(`${OUT}/react.js`, 'export {};\n');
        writeFileSync(`${OUT}/vue.js`, 'export {};\n');
      },
    },
  ],
};
