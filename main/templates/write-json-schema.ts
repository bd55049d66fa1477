import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_FILE_NAME, templateJsonSchemaText } from './template-json-schema.js';
import { shippedTemplatesDir } from './shipped-templates-dir.js';

/** `npm run templates:schema`: regenerates the JSON Schema that ships beside the workshops. */
const target = join(shippedTemplatesDir(), SCHEMA_FILE_NAME);
writeFileSync(target, templateJsonSchemaText(), 'utf8');
console.log(`wrote ${target}`);
