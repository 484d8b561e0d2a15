import { invalidInput } from './errors.js';

/** Identifiers callers choose (plans, tasks, units, reports) are slugs: stable, URL- and stream-safe. */
export const requireId = (value: string | null | undefined, field: string): string => {
  if (!value || !/^[a-z0-9][a-z0-9._-]{0,199}$/.test(value)) {
    throw invalidInput(field, `"${value ?? ''}" is not an identifier (lower-case letters, digits, '.', '_' or '-')`);
  }
  return value;
};

export const requireText = (value: string | null | undefined, field: string): string => {
  const text = value?.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!text) throw invalidInput(field, 'must not be blank');
  return text;
};

export const optionalText = (value: string | null | undefined): string | null => {
  const text = value?.normalize('NFC').replace(/\s+/g, ' ').trim();
  return text ? text : null;
};
