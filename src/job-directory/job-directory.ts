import { defineElement } from '../core/define.js';
import { JobDirectoryElement } from './job-directory.component.js';

export { JobDirectoryElement };
defineElement('job-directory', JobDirectoryElement);

declare global {
  interface HTMLElementTagNameMap {
    'job-directory': JobDirectoryElement;
  }
}
