/** What every exercise input gets: its step, the phone's draft answer, and where edits go. */
export interface InputProps<S, D> {
  step: S;
  draft: D;
  onChange: (draft: D) => void;
  promptId: string;
}
