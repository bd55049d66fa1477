import { fail } from '../../../shared/protocol/errors.js';
import type { TemplateFileError } from '../../../shared/protocol/views.js';
import type { SettingsStore } from '../../settings/settings-store.js';
import { checkEditedWorkshop } from '../../templates/check-edited-workshop.js';
import type { TemplateLibrary } from '../../templates/template-library-types.js';
import type { WorkshopDrafts } from '../../templates/workshop-drafts.js';
import type { LiveRoom } from '../session/live-room.js';
import type { LibraryHandlers } from './console-handler-table.js';

export interface LibraryHandlerDeps {
  library: TemplateLibrary;
  drafts: WorkshopDrafts;
  settings: SettingsStore;
  /** The open session's workshop cannot be saved over while it runs. */
  room: LiveRoom;
  now: () => number;
}

function describeTemplateErrors(errors: TemplateFileError[]): string {
  const lines = errors.slice(0, 5).map((e) => {
    const where = [e.fileName, e.line !== null ? `line ${e.line}` : '', e.field]
      .filter(Boolean)
      .join(', ');
    return `${where}: ${e.message}`;
  });
  const more = errors.length > 5 ? ` (and ${errors.length - 5} more)` : '';
  return `This workshop file has problems. ${lines.join('; ')}${more}`;
}

/** The console's workshop library: list, read, import, export, edit, draft. */
export function libraryHandlers(deps: LibraryHandlerDeps): LibraryHandlers {
  const { library, drafts, settings, room, now } = deps;
  return {
    'library:list': () => ({ ok: true, ...library.list() }),
    'library:get': ({ templateId }) => {
      const template = library.get(templateId);
      return template
        ? { ok: true, template }
        : fail('NOT_FOUND', `There is no workshop "${templateId}".`);
    },
    'library:duplicate': ({ templateId }) => {
      if (!library.get(templateId))
        return fail('NOT_FOUND', `There is no workshop "${templateId}".`);
      return { ok: true, templateId: library.duplicate(templateId) };
    },
    'library:import': ({ fileName, content }) => {
      const result = library.importFile(fileName, content);
      return result.ok
        ? { ok: true, templateId: result.templateId }
        : fail('INVALID_TEMPLATE', describeTemplateErrors(result.errors), result.reason);
    },
    'library:export': ({ templateId }) => {
      const file = library.exportFile(templateId);
      return file
        ? { ok: true, ...file }
        : fail('NOT_FOUND', `There is no workshop "${templateId}".`);
    },
    'library:delete': ({ templateId }) =>
      library.remove(templateId)
        ? { ok: true }
        : fail('NOT_FOUND', 'Only your own workshops can be deleted, and this one was not found.'),
    'library:create': () => {
      // Not a file until its first save: kept as a draft, which the editor opens.
      const reserved = new Set(drafts.list().map((d) => d.templateId));
      // Written in the counselor's language, which is then the workshop's own.
      const { templateId, workshop } = library.create(reserved, settings.get().interfaceLanguage);
      const kept = drafts.put({ templateId, savedAt: now(), workshop });
      return kept.ok
        ? { ok: true, templateId }
        : fail('STORAGE_UNAVAILABLE', kept.message, kept.reason);
    },
    'library:save': ({ templateId, workshop }) => {
      // The open session keeps the version it started with; the file must not move under it.
      if (room.live?.committed.template.id === templateId) {
        return fail(
          'WORKSHOP_IN_USE',
          'This workshop is running in the open session. Close the session, then save your changes (they are kept as a draft).',
        );
      }
      const checked = checkEditedWorkshop(templateId, workshop);
      if (!checked.ok) return { ok: true, saved: false, errors: checked.errors };
      const saved = library.save(templateId, checked.workshop);
      if (!saved.ok) return { ok: true, saved: false, errors: saved.errors };
      drafts.discard(templateId);
      return { ok: true, saved: true, errors: [] };
    },
    'library:exportBundle': ({ templateId }) => {
      const file = library.exportBundle(templateId);
      return file
        ? { ok: true, ...file }
        : fail('NOT_FOUND', `There is no workshop "${templateId}".`);
    },
    'library:importBundle': ({ fileName, content }) => {
      const result = library.importBundle(fileName, content);
      return result.ok
        ? { ok: true, templateId: result.templateId }
        : fail('INVALID_TEMPLATE', describeTemplateErrors(result.errors), result.reason);
    },
    'library:image:put': ({ templateId, stepId, data }) => {
      const stored = library.putStepImage(templateId, stepId, Buffer.from(data, 'base64'));
      return stored.ok
        ? { ok: true, image: stored.image }
        : fail('INVALID_TEMPLATE', stored.message, stored.reason);
    },
    'library:draft:put': ({ templateId, workshop }) => {
      const kept = drafts.put({ templateId, savedAt: now(), workshop });
      return kept.ok ? { ok: true } : fail('STORAGE_UNAVAILABLE', kept.message, kept.reason);
    },
    'library:draft:get': ({ templateId }) => {
      const draft = drafts.get(templateId);
      return {
        ok: true,
        draft: draft ? { savedAt: draft.savedAt, workshop: draft.workshop } : null,
      };
    },
    'library:draft:discard': ({ templateId }) => {
      drafts.discard(templateId);
      return { ok: true };
    },
    'library:draft:unsavedNew': () => ({
      ok: true,
      drafts: drafts
        .list()
        .filter((d) => !library.get(d.templateId))
        .map((d) => {
          const title = (drafts.get(d.templateId)?.workshop as { title?: unknown } | null)?.title;
          return { ...d, title: typeof title === 'string' ? title.slice(0, 120) : '' };
        }),
    }),
  };
}
