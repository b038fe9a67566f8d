import type { Translate } from '../providers/api-errors';

type Tree = { [key: string]: Tree | string | undefined };

/** A minimal polyglot stand-in for unit tests: nested lookup, `_` fallback, %{x} interpolation. */
export function makeTranslate(messages: object): Translate {
  return (key, options = {}) => {
    let node: Tree | string | undefined = messages as Tree;
    for (const part of key.split('.')) node = typeof node === 'object' && node ? node[part] : undefined;
    const phrase = typeof node === 'string' ? node : typeof options._ === 'string' ? options._ : key;
    return phrase.replace(/%\{(\w+)\}/g, (whole, name: string) => (options[name] === undefined ? whole : String(options[name])));
  };
}
