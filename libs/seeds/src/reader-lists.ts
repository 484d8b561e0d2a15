import { seedCommands } from './index.js';

/**
 * What the seeds register, as the plan reader matches documents against it: units (with aliases),
 * directives (by number and date) and provinces. Plain lists, so a reader needs no store to draft.
 */
export const seedReaderLists = () => {
  const commands = seedCommands.map((s) => s.command);
  return {
    units: commands.flatMap((c) =>
      c.type === 'RegisterOrgUnit' ? [{ unitId: c.unitId, name: c.name, aliases: c.aliases, provinceId: c.provinceId }] : [],
    ),
    directives: commands.flatMap((c) =>
      c.type === 'RegisterDirective'
        ? [{ directiveId: c.directiveId, number: c.directiveId, issuedOn: c.issuedOn.precision === 'DAY' ? c.issuedOn.value : null }]
        : [],
    ),
    provinces: commands.flatMap((c) => (c.type === 'RegisterProvince' ? [{ provinceId: c.provinceId, name: c.name }] : [])),
  };
};
