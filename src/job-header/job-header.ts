import { defineElement } from '../core/define.js';
import { JobHeaderElement } from './job-header.component.js';

export { JobHeaderElement };
defineElement('job-header', JobHeaderElement);

declare global {
  interface HTMLElementTagNameMap {
    'job-header': JobHeaderElement;
  }
}
