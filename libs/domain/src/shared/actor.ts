import { invalidInput } from './errors.js';
import { normalizeText, slugify } from './text.js';

/** Who did something in the world: the official who signed, assigned or reported. */
export interface Actor {
  readonly id: string;
  readonly name: string;
  /** Their title as the document gives it, e.g. "Phó Chủ tịch UBND tỉnh", "Giám đốc Sở KH&CN". */
  readonly role: string;
  readonly unitId: string | null;
}

export const actor = (name: string, role: string, unitId: string | null = null, id?: string): Actor => {
  const cleanName = normalizeText(name);
  if (!cleanName) throw invalidInput('actor.name', 'an actor needs a name');
  return { id: id ?? slugify(cleanName), name: cleanName, role: normalizeText(role), unitId };
};
