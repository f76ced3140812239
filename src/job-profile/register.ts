import { defineElement } from '../core/define.js';
import { JobProfileElement } from './job-profile.component.js';

defineElement('job-profile', JobProfileElement);

declare global {
  interface HTMLElementTagNameMap {
    'job-profile': JobProfileElement;
  }
}
