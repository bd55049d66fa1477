import { useState } from 'react';
import { saveBlob } from '../../common/save-blob.js';
import { strings } from '../strings.js';
import { useConnection, useConnectionSnapshot } from '../connection/use-connection.js';
import './end-screen.css';

type DownloadState = 'idle' | 'busy' | 'failed';

/** Thank-you and the private takeaway, asked for with this phone's own resume token. */
export function EndScreen() {
  const connection = useConnection();
  const { view } = useConnectionSnapshot();
  const [download, setDownload] = useState<DownloadState>('idle');
  const [largePrint, setLargePrint] = useState(false);

  const fetchTakeaway = async (ownAnswers: boolean) => {
    setDownload('busy');
    // Over the sealed connection: the token and the private worksheet never cross the Wi-Fi readable.
    const reply = await connection.takeaway(ownAnswers, largePrint);
    if (!reply.ok) return setDownload('failed');
    saveBlob(reply.pdf, strings.end.takeawayFileName);
    setDownload('idle');
  };

  return (
    <section className="screen screen--center">
      <span className="breath breath--still" aria-hidden="true" />
      <h1>{strings.end.title}</h1>
      <p>{strings.end.body}</p>
      {view?.takeawayAvailable !== false ? (
        <div className="stack">
          <label className="check-row">
            <input
              type="checkbox"
              checked={largePrint}
              onChange={(e) => setLargePrint(e.target.checked)}
            />
            <span>{strings.end.largePrint}</span>
          </label>
          <button
            type="button"
            className="button button--wide button--big"
            disabled={download === 'busy'}
            onClick={() => void fetchTakeaway(true)}
          >
            {download === 'busy' ? strings.end.downloading : strings.end.takeaway}
          </button>
          <p className="muted small">{strings.end.takeawayHint}</p>
          <button
            type="button"
            className="button button--wide"
            disabled={download === 'busy'}
            onClick={() => void fetchTakeaway(false)}
          >
            {strings.end.takeawayWithoutAnswers}
          </button>
          <p className="muted small">{strings.end.keepItSafe}</p>
        </div>
      ) : null}
      <p className="form-error" role="alert">
        {download === 'failed' ? strings.end.downloadFailed : ''}
      </p>
      <button type="button" className="button button--link" onClick={() => connection.leave()}>
        {strings.end.joinAnother}
      </button>
    </section>
  );
}
