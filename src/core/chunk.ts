/** A chunk's dynamic import; after a failed import, `retry` is where to import it from next. */
export type ChunkLoader<M> = (() => Promise<M>) & { retry?: string };

let failures = 0;

/**
 * Runs `load`, a dynamic import of one chunk. Once that has failed, later calls import the chunk from
 * a fresh URL (`?retry=N`): Firefox remembers a failed `import()` of a URL for the page's life, so the
 * same URL would fail again, even after the server has recovered. Nothing is retried here at once: a
 * later call (a later element, or the same one reloading) is the retry; after a success the URL stays,
 * so the module is not loaded twice. Rejects like `load`. (Each chunk has one loader function.)
 */
export function importChunk<M>(load: ChunkLoader<M>): Promise<M> {
  return (load.retry ? (import(/* @vite-ignore */ load.retry) as Promise<M>) : load()).catch((cause: unknown) => {
    // Browsers name the module: "Failed to fetch dynamically imported module: URL" (Chromium),
    // "error loading dynamically imported module: URL" (Firefox). Without a URL, the next call is as this one.
    const failed = /\w+:\/\/[^\s?#]+/.exec(String(cause))?.[0];
    if (failed) load.retry = `${failed}?retry=${++failures}`;
    throw cause;
  });
}
