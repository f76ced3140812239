/**
 * How the command reads what it is given: role files read the way the browser reads a `src` document
 * (UTF-8, a leading BOM dropped, at most MAX_BYTES), only regular files (a FIFO or a device would block
 * or never end), folders walked without recursion, and every path printed so a terminal shows it as
 * written instead of obeying escape sequences in it.
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { describeSyntaxError } from '../core/json-error.js';
import { MAX_BYTES } from '../core/remote.js';

/** Folders nested deeper than this below a folder given are not searched (reported, never a crash). */
export const MAX_DEPTH = 64;

/** Characters a terminal may act on, or that reorder text on screen (C0, C1, bidi controls, line separators). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');
/** One unsafe character as a JSON-style escape (`\u001b`, `\n`); JSON itself leaves C1 and bidi controls raw. */
function escapeChar(char: string): string {
  const json = JSON.stringify(char).slice(1, -1);
  return json.startsWith('\\') ? json : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** `path` as printed: as is when plain, else as a JSON string (quoted, every control character escaped). */
export function visible(path: string): string {
  return UNSAFE.test(path) ? `"${JSON.stringify(path).slice(1, -1).replace(UNSAFE_ALL, escapeChar)}"` : path;
}

/** A line of output with any control character left (from data quoted in a message) escaped. */
export const safeLine = (line: string): string => line.replace(UNSAFE_ALL, escapeChar);

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many levels of symbolic links (a link loop?)',
  ENAMETOOLONG: 'the path is too long',
  EISDIR: 'is a folder',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  EBUSY: 'the file is busy',
};

/** Why a file operation failed, in words with its code: `permission denied (EACCES)`. */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  return error instanceof Error ? error.message : String(error); // printed through safeLine
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** What kind of thing other than a regular file `stats` describes. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

export type TextResult = { ok: true; text: string } | { ok: false; message: string };

/**
 * The text of the file at `path`, or why it cannot be used (the message starts with the printable
 * path). Only a regular file is opened, and never more than MAX_BYTES + 1 bytes are read.
 */
export function readText(path: string): TextResult {
  const name = visible(path);
  const fail = (why: string): TextResult => ({ ok: false, message: `${name}: ${why}` });
  let fd: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return fail(`cannot be read: it is ${kindOf(stats)}, not a regular file`);
    // O_NONBLOCK: should the file have become a FIFO since, opening it must not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return fail(`cannot be read: ${reason(error)}`);
  }
  let bytes: Buffer;
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return fail(`cannot be read: it is ${kindOf(stats)}, not a regular file`);
    if (stats.size > MAX_BYTES) return fail(tooLarge(stats.size));
    const buffer = Buffer.alloc(MAX_BYTES + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0; ) length += n;
    if (length > MAX_BYTES) return fail(tooLarge(undefined)); // it grew while being read
    bytes = buffer.subarray(0, length);
  } catch (error) {
    return fail(`cannot be read: ${reason(error)}`);
  } finally {
    closeSync(fd);
  }
  try {
    // fatal: bytes that are not UTF-8 are an error, not U+FFFD; a leading BOM is dropped, as fetch() does.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return fail(`not valid UTF-8 text (save it as UTF-8)`);
  }
}

const tooLarge = (size: number | undefined) =>
  `too large${size === undefined ? '' : ` (${Math.ceil(size / 1024)} KB)`}: role files are limited to ${MAX_BYTES / 1024} KB, the most the elements accept from src`;

export interface Found {
  /** The files to check, in a stable order: the files given, and the *.json files below each folder. */
  files: string[];
  /** Paths that could not be searched, each as a printable line with its reason. */
  problems: string[];
  /** The paths given that do not exist. */
  missing: string[];
  /** The folders given in which no *.json file was found (and nothing failed). */
  empty: string[];
}

interface Folder {
  path: string;
  depth: number;
  /** Device and inode, to recognise the same folder reached again through a symbolic link. */
  id: string;
  parent: Folder | undefined;
}

const idOf = (stats: Stats) => `${stats.dev}:${stats.ino}`;

/**
 * Every file to check for `paths`: a file given is checked whatever its name; a folder is searched for
 * *.json files (not in node_modules or dot-folders), iteratively, at most MAX_DEPTH folders deep, each
 * folder once (a symbolic link back to a folder above it is a loop, reported).
 */
export function findFiles(paths: string[]): Found {
  const found: Found = { files: [], problems: [], missing: [], empty: [] };
  for (const path of paths) {
    let stats: Stats;
    try {
      stats = statSync(path);
    } catch (error) {
      if (isMissing(error)) found.missing.push(path);
      else found.problems.push(`${visible(path)}: cannot be read: ${reason(error)}`);
      continue;
    }
    if (!stats.isDirectory()) {
      found.files.push(path);
      continue;
    }
    const before = found.files.length + found.problems.length;
    walk({ path, depth: 0, id: idOf(stats), parent: undefined }, found);
    if (found.files.length + found.problems.length === before) found.empty.push(path);
  }
  return found;
}

type Item = { file: string } | { folder: Folder };

function walk(root: Folder, found: Found): void {
  const searched = new Set<string>();
  const stack: Item[] = [{ folder: root }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if ('file' in item) {
      found.files.push(item.file);
      continue;
    }
    const folder = item.folder;
    if (searched.has(folder.id)) continue; // reached before through another link: its files are listed
    searched.add(folder.id);
    let entries;
    try {
      entries = readdirSync(folder.path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch (error) {
      found.problems.push(`${visible(folder.path)}: cannot be searched: ${reason(error)}`);
      continue;
    }
    const next: Item[] = [];
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(folder.path, entry.name);
      if (entry.isFile()) {
        if (entry.name.endsWith('.json')) next.push({ file: path });
        continue;
      }
      let stats: Stats; // a folder, a link (followed) or something else
      try {
        stats = statSync(path);
      } catch (error) {
        // A dangling link is only worth a line where it was meant to be a role file.
        if (entry.name.endsWith('.json') || !isMissing(error)) found.problems.push(`${visible(path)}: cannot be read: ${reason(error)}`);
        continue;
      }
      if (!stats.isDirectory()) {
        if (entry.name.endsWith('.json')) next.push({ file: path }); // read (or refused) by readText
        continue;
      }
      const id = idOf(stats);
      const loop = ancestor(folder, id);
      if (loop) found.problems.push(`${visible(path)}: not searched: a symbolic link loop (it leads back to ${visible(loop.path)})`);
      else if (folder.depth >= MAX_DEPTH) found.problems.push(`${visible(path)}: not searched: folders nested more than ${MAX_DEPTH} deep`);
      else next.push({ folder: { path, depth: folder.depth + 1, id, parent: folder } });
    }
    stack.push(...next.reverse());
  }
}

/** The folder among `folder` and those above it that has the identity `id`. */
function ancestor(folder: Folder | undefined, id: string): Folder | undefined {
  for (let f = folder; f; f = f.parent) if (f.id === id) return f;
  return undefined;
}

/** A role file as JSON, or a printable line saying why not. */
export function readJson(file: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const read = readText(file);
  if (!read.ok) return read;
  try {
    return { ok: true, value: JSON.parse(read.text) };
  } catch (error) {
    return { ok: false, message: `${visible(file)}: invalid JSON: ${describeSyntaxError(read.text) ?? (error as Error).message}` };
  }
}
