import { LinesField, NumberInput, TextField } from './editor-fields.js';

/** The workshop's own details: what the library, the handout's cover and the phones show. */
export function EditorAboutForm({ open }: { open: boolean }) {
  return (
    <details className="card editor-about" open={open}>
      <summary>About this workshop</summary>
      <div className="editor-row">
        <TextField path={['title']} label="Title" />
        <NumberInput path={['minutes']} label="Planned minutes" />
      </div>
      <TextField
        path={['summary']}
        label="Summary"
        rows={2}
        placeholder="What the group will explore together, in a sentence or two."
      />
      <div className="editor-row">
        <TextField path={['audience']} label="Audience" placeholder="Who the workshop is for." />
        <TextField path={['language']} label="Language" hint='A tag such as "en" or "de-CH".' />
      </div>
      <TextField path={['agreement']} label="Group agreement" rows={8} />
      <LinesField path={['contentNotes']} label="Content notes" />
      <LinesField path={['credits']} label="Credits" />
    </details>
  );
}
