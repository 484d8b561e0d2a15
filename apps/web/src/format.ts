import { lang } from './i18n';

/** Numbers as Vietnamese write them (1.634.630,14); English readers get the same digits their way. */
const numbers = () => new Intl.NumberFormat(lang.value === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 });

export const num = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : numbers().format(value));

/** A rate in [0, 1] as a percentage with one decimal: 0,5 → 50%. */
export const pct = (rate: number | null | undefined): string =>
  rate === null || rate === undefined
    ? '—'
    : new Intl.NumberFormat(lang.value === 'en' ? 'en-GB' : 'vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(rate);

const pad = (n: number) => String(n).padStart(2, '0');

/** dd/mm/yyyy, in Vietnam's time (UTC+7) whatever the browser's zone. */
export const date = (iso: string | null | undefined): string => {
  if (!iso) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  const d = new Date(new Date(iso).getTime() + 7 * 3600_000);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
};

/** dd/mm/yyyy hh:mm (Vietnam time), for when something happened or was recorded. */
export const dateTime = (iso: string | null | undefined): string => {
  if (!iso) return '—';
  const d = new Date(new Date(iso).getTime() + 7 * 3600_000);
  return `${date(iso)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};

/** A partial date as the document gives it: 16/09/2020, 07/2020 or 2020. */
export const partialDate = (value: { value: string; precision: string }): string =>
  value.precision === 'DAY'
    ? date(value.value)
    : value.precision === 'MONTH'
      ? `${value.value.slice(5, 7)}/${value.value.slice(0, 4)}`
      : value.value;

/** A day picked in the form (yyyy-mm-dd) as the end of that day in Vietnam, the moment asOf/knownAsOf take. */
export const endOfVietnamDay = (day: string): string => new Date(`${day}T23:59:59.999+07:00`).toISOString();

/** Text folded for search: no diacritics, đ → d, lower case ("Hà Nam" matches "ha nam"). */
export const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** dd/mm/yyyy as typed (1/7/2025 too) to yyyy-mm-dd; '' is no date; undefined is not a date. */
export const parseDay = (typed: string): string | null | undefined => {
  const text = typed.trim();
  if (text === '') return null;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!m) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const back = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(back.getTime()) && back.toISOString().slice(0, 10) === iso ? iso : undefined;
};
