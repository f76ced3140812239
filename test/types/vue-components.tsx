import type {} from 'job-widgets/vue';
// Every element's props as Vue's GlobalComponents types them (what Vue's template type-checking reads):
// the right ones compile, the lines marked `expect TSnnnn` must report that error (test/jsx-types.test.js).
import type { GlobalComponents } from 'vue';
import type { Role } from 'job-widgets';

declare const role: Role;
type Props<K extends keyof GlobalComponents> = InstanceType<GlobalComponents[K]>['$props'];

export const right: { [K in 'job-profile' | 'skill-list' | 'job-directory']: Props<K> } = {
  'job-profile': { data: role, labels: { skills: 'What to learn' }, 'heading-level': 3, 'onjob-load': (event) => event.detail.data.title },
  'skill-list': { job: 'data-scientist', variant: 'chips', limit: 5 },
  'job-directory': { 'onjob-select': (event) => event.detail.entry.title },
};

export const wrong: Props<'skill-list'> = { limit: {} }; // expect TS2322
