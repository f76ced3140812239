import { defineElement } from '../core/define.js';
import { JobCardElement } from './job-card.component.js';

export { JobCardElement };
defineElement('job-card', JobCardElement);

declare global {
  interface HTMLElementTagNameMap {
    'job-card': JobCardElement;
  }
}
