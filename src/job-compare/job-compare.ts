import { defineElement } from '../core/define.js';
import { JobCompareElement } from './job-compare.component.js';

export { JobCompareElement };
defineElement('job-compare', JobCompareElement);

declare global {
  interface HTMLElementTagNameMap {
    'job-compare': JobCompareElement;
  }
}
