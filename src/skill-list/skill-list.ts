import { defineElement } from '../core/define.js';
import { SkillListElement } from './skill-list.component.js';

export { SkillListElement };
defineElement('skill-list', SkillListElement);

declare global {
  interface HTMLElementTagNameMap {
    'skill-list': SkillListElement;
  }
}
