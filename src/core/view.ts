import { importChunk } from './chunk.js';

/**
 * The rendering code of an element that lives in a chunk of its own (see `RoleElement.loadView`):
 * `load()` fetches it once (again after a failure, from a fresh URL: see `importChunk`), `module` holds
 * it once it is here. `load` is the chunk's dynamic import.
 */
export function lazyView<M>(load: () => Promise<M>): { readonly module: M | undefined; load: () => Promise<M> } {
  let module: M | undefined;
  let pending: Promise<M> | undefined;
  return {
    get module() {
      return module;
    },
    load: () =>
      (pending ??= importChunk(load).then(
        (loaded) => (module = loaded),
        (cause: unknown) => {
          pending = undefined;
          throw cause;
        },
      )),
  };
}
