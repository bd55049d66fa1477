import { SCHEMA_FILE_NAME } from './template-json-schema.js';

/** The modeline that lets YAML editors offer completion and inline errors from the schema. */
export const YAML_SCHEMA_MODELINE = `# yaml-language-server: $schema=./${SCHEMA_FILE_NAME}`;

export function withModeline(yamlText: string): string {
  const body = yamlText.replace(/^# yaml-language-server:.*\n/, '');
  return `${YAML_SCHEMA_MODELINE}\n${body}`;
}
