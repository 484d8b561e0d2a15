/** What a command talks to besides its options: standard output, Ctrl-C, whether to draw progress bars. */
export interface Io {
  /** Writes text to standard output (results only; progress and errors go to stderr). */
  readonly out: (text: string) => void;
  /** Writes a note to standard error: figures about the run, not its result. */
  readonly note: (text: string) => void;
  readonly signal: AbortSignal;
  readonly showProgress: boolean;
}
