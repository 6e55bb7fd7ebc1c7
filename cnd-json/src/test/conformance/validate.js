// Validates each file named after the schema with Ajv (Draft 2020-12, every strict option on), one line a file:
// "valid", "invalid" or "unreadable" (not JSON), a tab, the file. Exit 2 when the schema does not compile.
'use strict';
const fs = require('fs');
const Ajv2020 = require('ajv/dist/2020');

const [schemaFile, ...files] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: true, allErrors: false });

let validate;
try {
  validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
} catch (e) {
  console.error('ajv: the schema does not compile in strict mode: ' + e.message);
  process.exit(2);
}
const out = [];
for (const file of files) {
  let doc;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file)));
  } catch (e) {
    out.push('unreadable\t' + file);
    continue;
  }
  out.push((validate(doc) ? 'valid' : 'invalid') + '\t' + file);
}
process.stdout.write(out.join('\n') + '\n');
