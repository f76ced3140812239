import { isServer } from 'lit';

/** Tags another script defined first, with an element of its own: job-widgets cannot use them. */
export const foreignTags = new Set<string>();

/**
 * Registers an element unless the tag is taken. Taken by job-widgets itself (the script loaded twice),
 * that is fine; taken by another library's element, it warns, naming the tag, and `<job-profile>`
 * leaves that section out rather than show the other element in its place. While the document is
 * still being parsed (an `async` script), it waits for the end of parsing: an element upgraded before
 * its prerendered card's `<template shadowrootmode>` is parsed would get a shadow root of its own, and
 * the browser would then drop the prerendered one.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const define = () => {
    const taken = customElements.get(tag);
    if (!taken) customElements.define(tag, element);
    else if (!('jobWidgets' in taken)) {
      foreignTags.add(tag);
      console.warn(`job-widgets: <${tag}> is taken by another script`);
    }
  };
  if (!isServer && document.readyState === 'loading') document.addEventListener('DOMContentLoaded', define, { once: true });
  else define();
}
