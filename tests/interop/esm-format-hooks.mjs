// Module hooks registered by esm-format.mjs: a .js file under node_modules that node would
// load as CommonJS but that is written as an ES module (import/export statements at the start
// of a line) is loaded as an ES module, as node 22 detects it.
import { readFile } from 'node:fs/promises';

const esSyntax = /^\s*(import(\s+[\w$*{]|\s*[{*"'])|export(\s*[{*]|\s+(default|const|let|var|function|class|async)\b))/m;

export async function load(url, context, nextLoad) {
  const loaded = await nextLoad(url, context);
  if (loaded.format !== 'commonjs' || !url.startsWith('file:') || !url.includes('/node_modules/')) return loaded;
  const source = loaded.source ?? (await readFile(new URL(url)));
  if (!esSyntax.test(source.toString())) return loaded;
  return { format: 'module', source, shortCircuit: true };
}
