import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import type { ValidateFunction } from 'ajv';

// The JSON Schemas shipped with the package (src/render/schema/) check the files users write
// (--knowledge, --expect) at run time, so what the schema documents is what is accepted.
// ajv is loaded, and a schema compiled, only when such a file is given.

const SCHEMA_DIR = fileURLToPath(new URL('../../src/render/schema/', import.meta.url));
const require = createRequire(import.meta.url);
const compiled = new Map<string, ValidateFunction>();

export type InputSchema = 'knowledge' | 'expect';

/** The shipped schema file of an input or output, by name ("knowledge", "meetings", ...). */
export function schemaPath(name: string): string {
  return `${SCHEMA_DIR}${name}.schema.json`;
}

function validator(name: InputSchema): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    const { Ajv } = require('ajv') as typeof import('ajv');
    v = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(schemaPath(name), 'utf8')));
    compiled.set(name, v);
  }
  return v;
}

export interface SchemaProblem {
  /** JSON Pointer of the value ("/places/3/lat") */
  pointer: string;
  /** "places[3].lat must be <= 90" */
  message: string;
}

/** What in `data` breaks the schema, at most `max` problems, each naming where. */
export function schemaProblems(name: InputSchema, data: unknown, max = 10): SchemaProblem[] {
  const validate = validator(name);
  if (validate(data)) return [];
  return (validate.errors ?? []).slice(0, max).map((e) => {
    const where = readablePath(e.instancePath) || 'the file';
    const allowed = e.params && 'allowedValues' in e.params ? `: ${(e.params.allowedValues as unknown[]).join(', ')}` : '';
    const extra = e.params && 'additionalProperty' in e.params ? ` ("${e.params.additionalProperty as string}")` : '';
    return { pointer: e.instancePath, message: `${where} ${e.message}${allowed}${extra}` };
  });
}

/** "/places/3/lat" → "places[3].lat" */
function readablePath(pointer: string): string {
  return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
