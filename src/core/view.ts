/**
 * The rendering code of an element that lives in a chunk of its own (see `RoleElement.loadView`):
 * `load()` fetches it once (again after a failure), `module` holds it once it is here.
 */
export function lazyView<M>(load: () => Promise<M>): { readonly module: M | undefined; load: () => Promise<M> } {
  let module: M | undefined;
  let pending: Promise<M> | undefined;
  return {
    get module() {
      return module;
    },
    load: () =>
      (pending ??= load().then(
        (loaded) => (module = loaded),
        (cause: unknown) => {
          pending = undefined;
          throw cause;
        },
      )),
  };
}
