import type { ErrorKind } from '../core/events.js';
import type { ErrorInfo } from './en.js';

/** The English line for each error kind: loaded only when an element shows an error. */
export const errors: Record<ErrorKind, (e: ErrorInfo) => string> = {
  'no-source': () => 'No job was named.',
  'unknown-job': (e: ErrorInfo) => `There is no bundled job called “${e.id ?? ''}”.`,
  'invalid-src': () => 'Its address is not a web link.',
  blocked: () => 'This page does not allow loading its data.',
  network: (e: ErrorInfo) =>
    e.offline ? 'You seem to be offline; it will load when you are back online.' : 'Its data could not be reached.',
  http: (e: ErrorInfo) => `The server that has its data answered with an error (${e.status ?? ''}).`,
  'content-type': () => 'The server did not send JSON.',
  'too-large': () => 'Its data is too large.',
  timeout: () => 'Loading its data took too long.',
  'invalid-json': () => 'Its data is not valid JSON.',
  'invalid-data': (e: ErrorInfo) => `Its data has ${e.issues === 1 ? 'a problem' : `${e.issues} problems`}.`,
  'load-failed': () => 'Its data could not be loaded.',
  };
