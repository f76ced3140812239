import { defineElement } from '../core/define.js';
import { SalaryCardElement } from './salary-card.component.js';

export { SalaryCardElement };
defineElement('salary-card', SalaryCardElement);

declare global {
  interface HTMLElementTagNameMap {
    'salary-card': SalaryCardElement;
  }
}
