import { defineElement } from '../core/define.js';
import { JobOutlookElement } from './job-outlook.component.js';

export { JobOutlookElement };
defineElement('job-outlook', JobOutlookElement);

declare global {
  interface HTMLElementTagNameMap {
    'job-outlook': JobOutlookElement;
  }
}
