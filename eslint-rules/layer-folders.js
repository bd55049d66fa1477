import { dirname, relative, resolve, sep } from 'node:path';

/**
 * `walls/folders`: a file may import its repository's own code only from the folders its layer
 * may reach. Relative specifiers are resolved against the importing file, so the wall holds at
 * any depth and for static, re-exported and dynamic imports alike; packages are left to
 * no-restricted-imports. Options: `{ root, reach: ['shared', 'renderer/common', …], message }`.
 */
export const layerFolders = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports of own code stay inside the folders a layer may reach.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          reach: { type: 'array', items: { type: 'string' } },
          message: { type: 'string' },
        },
        required: ['root', 'reach', 'message'],
        additionalProperties: false,
      },
    ],
    messages: { outside: '{{target}} is outside {{reach}}. {{message}}' },
  },
  create(context) {
    const [{ root, reach, message }] = context.options;
    const folder = dirname(context.filename);

    function check(source) {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) return;
      const target = relative(root, resolve(folder, source.value)).split(sep).join('/');
      if (reach.some((allowed) => target === allowed || target.startsWith(`${allowed}/`))) return;
      context.report({
        node: source,
        messageId: 'outside',
        data: { target, reach: reach.join(', '), message },
      });
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export const wallsPlugin = { rules: { folders: layerFolders } };
