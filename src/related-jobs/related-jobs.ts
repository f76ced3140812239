import { defineElement } from '../core/define.js';
import { RelatedJobsElement } from './related-jobs.component.js';

export { RelatedJobsElement };
defineElement('related-jobs', RelatedJobsElement);

declare global {
  interface HTMLElementTagNameMap {
    'related-jobs': RelatedJobsElement;
  }
}
