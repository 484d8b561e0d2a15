/** What a command talks to besides its options: standard output, Ctrl-C, whether to draw progress bars. */
export interface Io {
  /** Writes text to standard output (results only; progress and errors go to stderr). */
  readonly out: (text: string) => void;
  readonly signal: AbortSignal;
  readonly showProgress: boolean;
}
