// Lit's server DOM shim (customElements, HTMLElement) must exist before any element module loads.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
