/** A count as the benchmarks print it: 1,448,694. */
export const fmt = (n: number): string => n.toLocaleString('en-US');

/** The rate a command printed ("…, 123,456 events/s" or "(123,456 events/s"). */
export const rateIn = (output: string): number => {
  const rate = /([\d,]+) events\/s/.exec(output)?.[1];
  if (!rate) throw new Error(`no "events/s" rate in the command's output: ${output}`);
  return Number(rate.replaceAll(',', ''));
};
