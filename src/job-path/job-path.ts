import { defineElement } from '../core/define.js';
import { JobPathElement } from './job-path.component.js';

export { JobPathElement };
defineElement('job-path', JobPathElement);

declare global {
  interface HTMLElementTagNameMap {
    'job-path': JobPathElement;
  }
}
