import { defineElement } from '../core/define.js';
import { JobFaqElement } from './job-faq.component.js';

export { JobFaqElement };
defineElement('job-faq', JobFaqElement);

declare global {
  interface HTMLElementTagNameMap {
    'job-faq': JobFaqElement;
  }
}
