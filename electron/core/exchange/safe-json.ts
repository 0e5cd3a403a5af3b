import { IMPORT_LIMITS } from '../../../shared/exchange';
import { AppError } from '../errors';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse for files from elsewhere: refuses (with a message a person can act on) a file
 * that is too deep to be a Reqdesk file or that carries prototype-polluting keys, before
 * any of it is used.
 */
/**
 * Objects and arrays a file may hold: a question has about ten (itself and its lists), so a
 * full-size bank stays well under this, while 20 MB of "[]" (seven million arrays, hundreds of
 * megabytes once parsed) does not.
 */
export const JSON_MAX_CONTAINERS = IMPORT_LIMITS.items * 16;

export function parseUntrustedJson(content: string, fileName: string): unknown {
  const { depth, containers } = shapeOf(content);
  if (depth > IMPORT_LIMITS.depth) {
    throw new AppError(
      'bad_input',
      `${fileName} is nested ${depth} levels deep; a Reqdesk file never is. Nothing was imported.`,
    );
  }
  if (containers > JSON_MAX_CONTAINERS) {
    throw new AppError(
      'bad_input',
      `${fileName} holds ${containers.toLocaleString('en-US')} objects and lists; a Reqdesk file of ${IMPORT_LIMITS.items.toLocaleString('en-US')} questions holds at most ${JSON_MAX_CONTAINERS.toLocaleString('en-US')}. Nothing was imported.`,
    );
  }
  try {
    return JSON.parse(content, (key, value) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
      return value;
    });
  } catch (error) {
    if (error instanceof ForbiddenKey) {
      throw new AppError(
        'bad_input',
        `${fileName} contains the key "${error.key}", which Reqdesk refuses. Nothing was imported.`,
      );
    }
    const detail = (error as Error).message.replace(/^.*?JSON[^:]*:\s*/, '');
    const truncated = /end of (json )?input|Unterminated/i.test(detail) ? ' It looks cut off.' : '';
    throw new AppError(
      'bad_input',
      `${fileName} is not valid JSON (${detail}).${truncated} Nothing was imported.`,
    );
  }
}

class ForbiddenKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

/** Deepest nesting of arrays and objects, and how many there are, ignoring brackets inside strings; linear time. */
function shapeOf(text: string): { depth: number; containers: number } {
  let depth = 0;
  let deepest = 0;
  let containers = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      containers++;
      if (depth > deepest) deepest = depth;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return { depth: deepest, containers };
}
