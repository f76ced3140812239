// The README's Eleventy recipe, as written there (built by test/eleventy.test.js).
import { renderElement } from 'job-widgets-tools/ssr';

export default function (eleventyConfig) {
  eleventyConfig.addShortcode('jobWidget', async (element, role, attributes = {}) => renderElement({ element, role, attributes }));
}

// Markdown posts read shortcodes with Nunjucks, like .njk pages: the same syntax in both.
export const config = { markdownTemplateEngine: 'njk' };
