import { isServer } from 'lit';

/**
 * Registers an element unless the tag is taken (the script may load twice on one page). While the
 * document is still being parsed (an `async` script), it waits for the end of parsing: an element
 * upgraded before its prerendered card's `<template shadowrootmode>` is parsed would get a shadow root
 * of its own, and the browser would then drop the prerendered one.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const define = () => customElements.get(tag) || customElements.define(tag, element);
  if (!isServer && document.readyState === 'loading') document.addEventListener('DOMContentLoaded', define, { once: true });
  else define();
}
