import { replyErrorText } from '../console-and-projector/reply-error-text.js';
import { useCallback, useEffect, useState } from 'react';
import type { TemplateFileError, TemplateSummary } from '../../shared/protocol/views.js';
import { saveBlob } from '../common/save-blob.js';
import type { Confirm } from './confirm-dialog.js';
import type { ConsoleApi } from './use-console.js';
import { t } from '../console-and-projector/i18n/translate.js';

/** The library's workshops and files with mistakes, and what the counselor can do with them. */
export function useLibrary(api: ConsoleApi, confirm: Confirm) {
  const { call, connection } = api;
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [errors, setErrors] = useState<TemplateFileError[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  const refresh = useCallback(
    () =>
      call('library:list', {}).then((reply) => {
        if (reply.ok) {
          setTemplates(reply.templates);
          setErrors(reply.errors);
        }
      }),
    [call],
  );

  useEffect(() => {
    if (connection === 'online') void refresh();
  }, [connection, refresh]);

  const duplicate = async (w: TemplateSummary) => {
    const reply = await call('library:duplicate', { templateId: w.id });
    if (!reply.ok) return null;
    setMessage(t('library.copied', { title: w.title }));
    await refresh();
    return reply.templateId;
  };

  const create = async () => {
    const reply = await call('library:create', {});
    if (!reply.ok) {
      setMessage(replyErrorText(reply.error));
      return null;
    }
    return reply.templateId;
  };

  const exportFile = async (w: TemplateSummary) => {
    const reply = await call('library:export', { templateId: w.id });
    if (reply.ok) saveBlob(new Blob([reply.content], { type: 'text/yaml' }), reply.fileName);
  };

  const exportBundle = async (w: TemplateSummary) => {
    const reply = await call('library:exportBundle', { templateId: w.id });
    if (reply.ok) saveBlob(new Blob([reply.content], { type: 'application/json' }), reply.fileName);
  };

  const remove = async (w: TemplateSummary) => {
    const ok = await confirm({
      title: t('library.deleteTitle', { title: w.title }),
      body: <p>{t('library.deleteBody')}</p>,
      confirmLabel: t('library.deleteConfirm'),
      danger: true,
    });
    if (!ok) return;
    const reply = await call('library:delete', { templateId: w.id });
    if (reply.ok) {
      setMessage(t('library.deleted', { title: w.title }));
      await refresh();
    }
  };

  const importFile = async (file: File) => {
    const content = await file.text();
    // A .circlework bundle carries the workshop's pictures too.
    const reply = file.name.toLowerCase().endsWith('.circlework')
      ? await call('library:importBundle', { fileName: file.name, content })
      : await call('library:import', { fileName: file.name, content });
    if (reply.ok) {
      setMessage(t('library.imported', { name: file.name }));
      await refresh();
    }
  };

  return {
    templates,
    errors,
    message,
    refresh,
    create,
    duplicate,
    exportFile,
    exportBundle,
    remove,
    importFile,
  };
}
