/**
 * The script-tag build: `<script type="module" src=".../job-widgets.js">` registers every element.
 * The schema is not exported here (it loads lazily, with the data); bundlers get it from the package.
 */
export * from './define.js';
