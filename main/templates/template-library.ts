import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { writeFileSync as writeFileAtomic } from 'atomically';
import { stringify } from 'yaml';
import type { TemplateFileError, TemplateSummary } from '../../shared/protocol/views.js';
import type { Template, TemplateInput } from '../../shared/template/template-schema.js';
import {
  isTemplateFileName,
  parseTemplateText,
  type TemplateParseResult,
} from './parse-template-file.js';
import { checkTemplateImage } from './template-images.js';
import { starterWorkshop } from './starter-workshop.js';
import { storeStepImage } from './store-step-image.js';
import { SCHEMA_FILE_NAME, templateJsonSchemaText } from './template-json-schema.js';
import { withModeline } from './template-modeline.js';
import { BUNDLE_EXTENSION, packBundle, unpackBundle } from './workshop-bundle.js';
import type { RefusalReason } from '../../shared/protocol/refusal-reasons.js';
import { describeWriteError, writeFailureCause } from './describe-write-error.js';
import { editedTemplateText } from './edited-template-text.js';
import type {
  ImportResult,
  SaveResult,
  TemplateLibrary,
  TemplateLibraryOptions,
} from './template-library-types.js';

type Source = TemplateSummary['source'];

interface LoadedFile {
  source: Source;
  path: string;
  fileName: string;
  text: string;
  result: TemplateParseResult;
}

interface Entry {
  template: Template;
  file: LoadedFile;
}

/**
 * Shipped workshops are read from `shippedDir` and never written; the counselor's own live as
 * YAML files in `ownDir`. Files are re-read when they change on disk, so an edit in a text
 * editor shows up on the next list. A broken file is reported in `errors` and skipped.
 */
/** A workshop file that could not be written, for the console to word in the counselor's language. */
function notWritten(error: unknown): RefusalReason {
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'workshopNotWritten', cause: writeFailureCause(error), detail };
}

export function createTemplateLibrary(options: TemplateLibraryOptions): TemplateLibrary {
  const cache = new Map<string, { stamp: string; file: LoadedFile }>();

  const readDir = (dir: string, source: Source): LoadedFile[] => {
    let names: string[];
    try {
      names = readdirSync(dir).filter(isTemplateFileName).sort();
    } catch {
      return [];
    }
    return names.flatMap((fileName) => {
      const path = join(dir, fileName);
      try {
        const stat = statSync(path);
        const stamp = `${stat.mtimeMs}:${stat.size}`;
        const cached = cache.get(path);
        if (cached?.stamp === stamp) return [cached.file];
        const text = readFileSync(path, 'utf8');
        const file = {
          source,
          path,
          fileName,
          text,
          result: parseTemplateText(fileName, text, dir),
        };
        cache.set(path, { stamp, file });
        return [file];
      } catch {
        return [];
      }
    });
  };

  const load = (): { entries: Map<string, Entry>; errors: TemplateFileError[] } => {
    const entries = new Map<string, Entry>();
    const errors: TemplateFileError[] = [];
    const files = [...readDir(options.shippedDir, 'shipped'), ...readDir(options.ownDir, 'own')];
    for (const file of files) {
      if (!file.result.ok) {
        errors.push(...file.result.errors);
        continue;
      }
      const template = file.result.template;
      const clash = entries.get(template.id);
      if (clash) {
        errors.push({
          fileName: file.fileName,
          line: 1,
          field: 'id',
          message: `id "${template.id}" is already used by ${clash.file.fileName}`,
        });
        continue;
      }
      entries.set(template.id, { template, file });
    }
    return { entries, errors };
  };

  const freeId = (wanted: string, taken: Map<string, Entry>): string => {
    const base = wanted.replace(/-copy(-\d+)?$/, '').slice(0, 50);
    for (let n = 1; ; n++) {
      const id = n === 1 ? `${base}-copy` : `${base}-copy-${n}`;
      if (!taken.has(id)) return id;
    }
  };

  const writeOwn = (id: string, content: string) => {
    mkdirSync(options.ownDir, { recursive: true });
    writeFileSync(join(options.ownDir, `${id}.yaml`), content, 'utf8');
    // The modeline points at a schema beside the file, so the own folder gets its copy too.
    writeFileSync(join(options.ownDir, SCHEMA_FILE_NAME), templateJsonSchemaText(), 'utf8');
  };

  /** The first save of a workshop made with "New workshop": its file is written from scratch. */
  const saveNew = (templateId: string, edited: TemplateInput): SaveResult => {
    const fileName = `${templateId}.yaml`;
    const refuse = (message: string, reason?: RefusalReason): SaveResult => ({
      ok: false,
      errors: [{ fileName, line: null, field: '', message, ...(reason ? { reason } : {}) }],
    });
    if (edited.id !== templateId) return refuse('The id of a workshop cannot change.');
    if (existsSync(join(options.ownDir, fileName))) {
      return refuse(
        `A file named ${fileName} is already in the workshops folder; it is not saved over.`,
        { kind: 'fileNameTaken', fileName },
      );
    }
    const text = withModeline(stringify(edited, { lineWidth: 0 }));
    const checked = parseTemplateText(fileName, text, options.ownDir);
    if (!checked.ok) return { ok: false, errors: checked.errors };
    try {
      mkdirSync(options.ownDir, { recursive: true });
      writeFileAtomic(join(options.ownDir, fileName), text, 'utf8');
      writeFileSync(join(options.ownDir, SCHEMA_FILE_NAME), templateJsonSchemaText(), 'utf8');
    } catch (error) {
      return refuse(
        `Could not save the workshop: ${describeWriteError(error)} Nothing was changed.`,
        notWritten(error),
      );
    }
    return { ok: true, templateId };
  };

  return {
    list() {
      const { entries, errors } = load();
      const templates = [...entries.values()].map(({ template, file }) =>
        summarize(template, file),
      );
      return { templates, errors };
    },

    get(templateId) {
      return load().entries.get(templateId)?.template;
    },

    create(reserved = new Set<string>(), language) {
      const { entries } = load();
      const taken = (id: string) =>
        entries.has(id) || reserved.has(id) || existsSync(join(options.ownDir, `${id}.yaml`));
      let id = 'my-workshop';
      for (let n = 2; taken(id); n++) id = `my-workshop-${n}`;
      return { templateId: id, workshop: starterWorkshop(id, language) };
    },

    duplicate(templateId) {
      const { entries } = load();
      const entry = entries.get(templateId);
      if (!entry) throw new Error(`unknown workshop "${templateId}"`);
      const id = freeId(templateId, entries);
      const document = entry.file.result.ok ? entry.file.result.document.clone() : undefined;
      if (!document) throw new Error(`workshop "${templateId}" is not valid`);
      document.set('id', id);
      document.set('title', `${entry.template.title} (copy)`.slice(0, 120));
      const setImage = (index: number, image: string) =>
        document.setIn(['steps', index, 'image'], image);
      copyImages(entry.template, dirname(entry.file.path), id, setImage);
      writeOwn(id, withModeline(document.toString({ lineWidth: 0 })));
      return id;
    },

    importFile(fileName, content): ImportResult {
      // Images of an imported workshop are looked up in the own folder, where the copy will live.
      const parsed = parseTemplateText(fileName, content, options.ownDir);
      if (!parsed.ok) return { ok: false, errors: parsed.errors };
      const { entries } = load();
      const wanted = parsed.template.id;
      const id = entries.has(wanted) ? freeId(wanted, entries) : wanted;
      const document = parsed.document;
      document.delete('$schema');
      if (id !== wanted) document.set('id', id);
      // A JSON import is rewritten as block YAML so it reads like every other workshop file.
      const yamlText = fileName.toLowerCase().endsWith('.json')
        ? stringify(document.toJS(), { lineWidth: 0 })
        : document.toString({ lineWidth: 0 });
      writeOwn(id, withModeline(yamlText));
      return { ok: true, templateId: id };
    },

    save(templateId, edited): SaveResult {
      const entry = load().entries.get(templateId);
      const refuse = (message: string, field = '', reason?: RefusalReason): SaveResult => {
        const fileName = entry?.file.fileName ?? `${templateId}.yaml`;
        const error = { fileName, line: null, field, message, ...(reason ? { reason } : {}) };
        return { ok: false, errors: [error] };
      };
      if (!entry) return saveNew(templateId, edited);
      if (entry.file.source !== 'own') {
        return refuse('Shipped workshops are read-only; duplicate it to edit your own copy.', '', {
          kind: 'shippedReadOnly',
        });
      }
      if (edited.id !== templateId) return refuse('The id of a workshop cannot change.', 'id');
      const fileName = `${templateId}.yaml`;
      const text = editedTemplateText(entry.file.text, entry.template, edited);
      // The same rules as loading and `templates:check`, images included, before anything is written.
      const checked = parseTemplateText(fileName, text, options.ownDir);
      if (!checked.ok) return { ok: false, errors: checked.errors };
      try {
        writeFileAtomic(join(options.ownDir, fileName), text, 'utf8');
      } catch (error) {
        return refuse(
          `Could not save the workshop: ${describeWriteError(error)} Nothing was changed.`,
          '',
          notWritten(error),
        );
      }
      if (entry.file.fileName !== fileName) rmSync(entry.file.path, { force: true });
      return { ok: true, templateId };
    },

    putStepImage(templateId, stepId, data) {
      // An own workshop, or a new one before its first save (no workshop has its id yet).
      const entry = load().entries.get(templateId);
      if (entry && entry.file.source !== 'own') {
        return {
          ok: false,
          message: 'Pictures can be added to your own workshops only.',
          reason: { kind: 'pictureNotOwnWorkshop' },
        };
      }
      return storeStepImage(options.ownDir, imagesFolderOf(templateId), stepId, data);
    },

    exportBundle(templateId) {
      const entry = load().entries.get(templateId);
      if (!entry) return undefined;
      const content = packBundle(yamlTextOf(entry), entry.template, dirname(entry.file.path));
      return { fileName: `${templateId}${BUNDLE_EXTENSION}`, content };
    },

    importBundle(fileName, content): ImportResult {
      const unpacked = unpackBundle(content);
      if (!unpacked.ok) {
        return {
          ok: false,
          errors: [{ fileName, line: null, field: '', message: unpacked.message }],
          ...(unpacked.reason ? { reason: unpacked.reason } : {}),
        };
      }
      mkdirSync(options.ownDir, { recursive: true });
      // Pictures are checked where they will be looked up, in a folder of their own until valid.
      const staging = mkdtempSync(join(options.ownDir, '.import-'));
      try {
        for (const [path, data] of unpacked.images) {
          const target = join(staging, ...path.split('/'));
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, data);
        }
        const parsed = parseTemplateText(fileName, unpacked.workshopText, staging);
        if (!parsed.ok) return { ok: false, errors: parsed.errors };
        const { entries } = load();
        const wanted = parsed.template.id;
        const id = entries.has(wanted) ? freeId(wanted, entries) : wanted;
        const document = parsed.document;
        if (id !== wanted) document.set('id', id);
        const setImage = (index: number, image: string) =>
          document.setIn(['steps', index, 'image'], image);
        copyImages(parsed.template, staging, id, setImage);
        writeOwn(id, withModeline(document.toString({ lineWidth: 0 })));
        return { ok: true, templateId: id };
      } finally {
        rmSync(staging, { recursive: true, force: true });
      }
    },

    exportFile(templateId) {
      const entry = load().entries.get(templateId);
      if (!entry) return undefined;
      return { fileName: `${templateId}.yaml`, content: yamlTextOf(entry) };
    },

    remove(templateId) {
      const entry = load().entries.get(templateId);
      if (!entry || entry.file.source !== 'own') return false;
      rmSync(entry.file.path, { force: true });
      rmSync(join(options.ownDir, imagesFolderOf(templateId)), { recursive: true, force: true });
      cache.delete(entry.file.path);
      return true;
    },

    stepImage(template, stepId) {
      const step = template.steps.find((s) => s.id === stepId);
      if (step?.kind !== 'info' || step.image === undefined) return undefined;
      const entry = load().entries.get(template.id);
      if (!entry) return undefined;
      const check = checkTemplateImage(dirname(entry.file.path), step.image);
      return check.ok ? { path: check.path, contentType: check.contentType } : undefined;
    },
  };

  /**
   * A copy lives in the own folder, so its images come along into a folder of its own (named
   * for the new id, so copies never overwrite each other's pictures) and the paths are rewritten.
   */
  function copyImages(
    template: Template,
    fromDir: string,
    id: string,
    setImage: (index: number, image: string) => void,
  ) {
    template.steps.forEach((step, index) => {
      if (step.kind !== 'info' || step.image === undefined) return;
      const check = checkTemplateImage(fromDir, step.image);
      if (!check.ok) return;
      const image = `${imagesFolderOf(id)}/${step.id}${extname(step.image).toLowerCase()}`;
      mkdirSync(join(options.ownDir, imagesFolderOf(id)), { recursive: true });
      copyFileSync(check.path, join(options.ownDir, ...image.split('/')));
      setImage(index, image);
    });
  }
}

function imagesFolderOf(templateId: string): string {
  return `${templateId}-images`;
}

/** The workshop as YAML: its file as written, or a JSON file rewritten as block YAML. */
function yamlTextOf(entry: Entry): string {
  const isYaml = !entry.file.fileName.toLowerCase().endsWith('.json');
  return isYaml ? entry.file.text : withModeline(stringify(entry.template, { lineWidth: 0 }));
}

function summarize(template: Template, file: LoadedFile): TemplateSummary {
  return {
    id: template.id,
    title: template.title,
    summary: template.summary,
    minutes: template.minutes,
    stepCount: template.steps.length,
    language: template.language,
    translations: Object.entries(template.translations ?? {}).map(([language, t]) => ({
      language,
      needsReview: t.needsReview,
    })),
    source: file.source,
    fileName: file.fileName,
  };
}
