import { fail, type Reply } from '../../../shared/protocol/errors.js';
import type { ParticipantRequest } from '../../../shared/protocol/participant-events.js';
import { renderTakeawayPdf } from '../../exports/index.js';
import type { SettingsStore } from '../../settings/settings-store.js';
import { RenderQueue } from '../http/render-queue.js';
import type { Logger } from '../logger.js';
import type { SessionTakeaways } from '../session/session-takeaways.js';

export type TakeawayReply = Reply<{ pdf: string }>;
export type MakeTakeaway = (request: ParticipantRequest<'takeaway'>) => Promise<TakeawayReply>;

const UNKNOWN = fail('NOT_FOUND', 'This phone has no takeaway in the open session.');
const BUSY = fail(
  'RATE_LIMITED',
  'Many takeaways are being made right now. Please try again in a moment.',
);
const FAILED = fail('INTERNAL', 'Your takeaway could not be made. Please try again.');

/**
 * A participant's own takeaway PDF, asked for over the sealed connection with the phone's resume
 * token, so neither the token nor the private worksheet in the PDF crosses the Wi-Fi readable.
 * At most two are rendered at once and fifty wait, so phones cannot tie up the host's CPU.
 */
export function takeawayMaker(deps: {
  takeaways: SessionTakeaways;
  settings: SettingsStore;
  log: Logger;
}): MakeTakeaway {
  const { takeaways, settings, log } = deps;
  const queue = new RenderQueue(2, 50);
  return async (request) => {
    const found = takeaways.takeawayFor(request.resumeToken);
    if (!found) return UNKNOWN;
    const { state, participantId } = found;
    const queued = queue.run(() =>
      renderTakeawayPdf(state, participantId, {
        paperSize: settings.get().paperSize,
        support: state.settings.support,
        ownAnswers: request.ownAnswers,
        layout: request.layout,
        language: request.language,
        contacts: {
          crisisLine: state.settings.crisisLine,
          abuseHelpline: state.settings.abuseHelpline,
          counselorContact: state.settings.counselorContact,
        },
      }),
    );
    if (!queued) return BUSY;
    let pdf: Buffer;
    try {
      pdf = await queued;
    } catch (error) {
      log.error(`Rendering a takeaway failed: ${(error as Error).message}`);
      return FAILED;
    }
    takeaways.takeawayFetched(state.id, participantId);
    return { ok: true, pdf: pdf.toString('base64') };
  };
}
