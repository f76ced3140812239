import { defineElement } from '../core/define.js';
import { JobActivitiesElement } from './job-activities.component.js';

export { JobActivitiesElement };
defineElement('job-activities', JobActivitiesElement);

declare global {
  interface HTMLElementTagNameMap {
    'job-activities': JobActivitiesElement;
  }
}
