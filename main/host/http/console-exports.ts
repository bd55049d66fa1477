import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resultsCsv } from '../../../shared/privacy/results-csv.js';
import { parseExportPath } from '../../../shared/protocol/export-routes.js';
import { withAbuseHelpline } from '../../../shared/session/support-text.js';
import { isWorkshopLanguage } from '../../../shared/template/workshop-languages.js';
import { isPrintLayout, renderGuidePdf, renderHandoutPdf } from '../../exports/index.js';
import type { PdfWorker } from '../../exports/pdf-worker.js';
import { resultsCsvWords } from '../../exports/results-csv-words.js';
import type { SettingsStore } from '../../settings/settings-store.js';
import type { TemplateLibrary } from '../../templates/template-library-types.js';
import type { Logger } from '../logger.js';
import type { SessionArchive } from '../session/session-archive.js';
import { monthOf } from '../session/session-history.js';
import { sendCsv } from './send-csv.js';
import { sendPdf } from './send-pdf.js';
import { sendText } from './security-headers.js';

export interface ConsoleExportDeps {
  archive: SessionArchive;
  library: TemplateLibrary;
  settings: SettingsStore;
  log: Logger;
  /** Session reports render here, off the loop that acknowledges answers. */
  pdfWorker: PdfWorker;
}

/** The console's downloads (behind its token): results as PDF or CSV, a workshop's handout or guide. */
export async function sendExport(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  deps: ConsoleExportDeps,
): Promise<void> {
  const { archive, library, settings, log } = deps;
  const path = url.pathname;
  // The counselor's documents (guide, report, CSV notes) speak the counselor's chosen language.
  const counselorLanguage = settings.get().interfaceLanguage;
  const route = parseExportPath(path);
  // The same anonymized results as the report, as a spreadsheet (issue 13).
  if (route?.format === 'csv' && (req.method === 'GET' || req.method === 'HEAD')) {
    const session = await archive.loadSession(route.id);
    if (!session) {
      sendText(res, 404, 'There is no such session (it may have been deleted).');
      return;
    }
    sendCsv(
      res,
      `circlework-results-${monthOf(session.createdAt)}.csv`,
      resultsCsv(session, resultsCsvWords(counselorLanguage)),
    );
    return;
  }
  if (!route || (req.method !== 'GET' && req.method !== 'HEAD')) {
    sendText(res, 404, 'Not found.');
    return;
  }
  const { document: kind, id } = route;
  const paperSize = settings.get().paperSize;
  if (kind === 'results') {
    const session = await archive.loadSession(id);
    if (!session) {
      sendText(res, 404, 'There is no such session (it may have been deleted).');
      return;
    }
    const fileName = `circlework-results-${monthOf(session.createdAt)}.pdf`;
    await sendPdf(res, fileName, log, () =>
      deps.pdfWorker.render('renderResultsPdf', session, {
        paperSize,
        support: session.settings.support,
        language: counselorLanguage,
      }),
    );
    return;
  }
  const template = library.get(id);
  if (!template) {
    sendText(res, 404, `There is no workshop "${id}".`);
    return;
  }
  const roomSettings = settings.get();
  const support = withAbuseHelpline(roomSettings).support;
  // The console's print choice: standard, print-saver or large print (issue 20).
  const requested = url.searchParams.get('layout');
  const layout = isPrintLayout(requested) ? requested : 'standard';
  const contacts = {
    crisisLine: roomSettings.crisisLine,
    abuseHelpline: roomSettings.abuseHelpline,
    counselorContact: roomSettings.counselorContact,
  };
  const stepImage = (stepId: string) => {
    const file = library.stepImage(template, stepId);
    return file ? readFileSync(file.path) : undefined;
  };
  // The handout's language (the console offers the workshop's own and its translations); the
  // guide is the counselor's, in the counselor's language.
  const asked = url.searchParams.get('language');
  const language = isWorkshopLanguage(asked) ? asked : undefined;
  const suffix = (layout === 'standard' ? '' : `-${layout}`) + (language ? `-${language}` : '');
  await sendPdf(res, `${id}-${kind}${suffix}.pdf`, log, () =>
    kind === 'handout'
      ? renderHandoutPdf(template, { paperSize, support, stepImage, layout, contacts, language })
      : renderGuidePdf(template, { paperSize, support, layout, language: counselorLanguage }),
  );
}
