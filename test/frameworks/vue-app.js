// A small Vue 3 app: `isCustomElement` tells Vue's template compiler the job-* tags are custom
// elements; `:data` and `:labels` are set as properties (Vue does so when the element has them),
// `@job-load` / `@job-error` listen to the events. Built with esbuild by the test server.
import { createApp, ref } from 'vue/dist/vue.esm-bundler.js';
import 'job-widgets/define';

export function mount(container, role, report) {
  const app = createApp({
    setup() {
      const title = ref('');
      const loaded = (event) => {
        title.value = event.detail.data.title;
        report('profile', event.detail.data.title);
      };
      return { role, title, loaded, report, labels: { skills: 'What to learn' } };
    },
    template: `<main>
      <job-profile :data="role" :labels="labels" @job-load="loaded"></job-profile>
      <salary-card job="data-scientist" variant="badge" @job-load="(e) => report('badge', e.detail.data.id)"></salary-card>
      <job-card job="no-such-role" @job-error="(e) => report('error', e.detail.error.kind)"></job-card>
      <p id="title">{{ title }}</p>
    </main>`,
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('job-') || ['salary-card', 'skill-list', 'related-jobs'].includes(tag);
  app.mount(container);
  return () => app.unmount();
}
