#!/usr/bin/env node
/** Writes data/index.json from data/roles/*.json (see role-index.js). Run by `npm run build`. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { indexOf } from './role-index.js';

const dir = new URL('../data/roles/', import.meta.url);
const roles = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')));
const vocabulary = JSON.parse(readFileSync(new URL('../data/skills.json', import.meta.url), 'utf8'));
writeFileSync(new URL('../data/index.json', import.meta.url), `${JSON.stringify(indexOf(roles, vocabulary), null, 2)}\n`);
console.log(`data/index.json: ${roles.length} roles`);
