import type { DocumentDraftCommand } from '@monitor/domain';

/**
 * What a document's review refers to in other aggregates: the province a document is received for
 * (its id as recorded). The draft's own facts are checked when approval records them, each through
 * the reference checks of the command it becomes.
 */
export const checkDraftReferences = async (
  command: DocumentDraftCommand,
  requireProvince: (typed: string, field: string) => Promise<string>,
): Promise<DocumentDraftCommand> =>
  command.type === 'ReceiveDocument' && command.provinceId !== null
    ? { ...command, provinceId: await requireProvince(command.provinceId, 'provinceId') }
    : command;
