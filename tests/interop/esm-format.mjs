// Imported first (node --import ./esm-format.mjs SCRIPT): lets Debian 12's node 18 load the
// packages the interop tests use as node 22 does.
//
// dcmjs, Cornerstone and some of their dependencies ship ES modules as .js files in packages
// without "type": "module". Node 22 recognises an ES module by its syntax; node 18 decides by
// "type" alone, takes them for CommonJS and stops ("Named export 'data' not found ... is a
// CommonJS module", "Cannot use import statement outside a module"). The hooks registered here
// do what node 22 does, for files under node_modules only. (module.register: node 18.19+.)
import { register } from 'node:module';

register('./esm-format-hooks.mjs', import.meta.url);
