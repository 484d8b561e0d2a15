import { DocumentFiles } from '@monitor/application';
import { addDays, directiveNumberOf, forbidden, notFound, type DocumentDraftCommand } from '@monitor/domain';
import type { DocumentDraftView } from '@monitor/read-models';
import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../auth/principal.js';
import { Roles, WRITERS } from '../auth/roles.js';
import { ApproveDraftMutation } from '../commands/approve-draft.js';
import { RecordMutation } from '../commands/record-mutation.js';
import { MonitoringReads } from '../platform/monitoring-reads.js';
import { MonitoringProjector } from '../platform/monitoring-views.js';
import { DRAFT_DOCUMENT, type DraftDocument } from './draft-document.js';
import { draftEditOf, type DraftEditInput } from './draft-edit-input.js';

const REVIEWERS = ['PROVINCE', 'AUDITOR', 'ADMIN'] as const;

/**
 * The review of a document, over GraphQL: upload (POST /documents) → proposeDraft → editDraft →
 * approveDraft or rejectDraft. Writes go through the command bus (the draft's own events through
 * RecordMutation, the approval through ApproveDraftMutation), then wait for the views, as every
 * mutation does; reads go through MonitoringReads.
 */
@Resolver()
export class DraftResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly projector: MonitoringProjector,
    private readonly reads: MonitoringReads,
    private readonly files: DocumentFiles,
    @Inject(DRAFT_DOCUMENT) private readonly draftDocument: DraftDocument,
  ) {}

  /** A document under review the caller may see: a PROVINCE token only its own province's. */
  private visible(id: string, principal: Principal): DocumentDraftView {
    const view = this.reads.documentDraft(id);
    if (!view) throw notFound('id', `no document ${id} was received`);
    if (principal.role === 'PROVINCE' && view.provinceId !== principal.provinceId) {
      throw forbidden(`document ${id} is not of ${principal.provinceId}`, 'id');
    }
    return view;
  }

  private async record(command: DocumentDraftCommand, principal: Principal): Promise<DocumentDraftView> {
    const outcome = await this.commands.execute(new RecordMutation([command], principal, null, { instant: null }));
    await this.projector.waitFor(outcome.position);
    return this.reads.documentDraft(command.draftId)!;
  }

  @Query('documentDraft')
  @Roles(...REVIEWERS)
  documentDraft(@Args('id') id: string, @Context('principal') principal: Principal) {
    const view = this.reads.documentDraft(id);
    return view ? this.visible(id, principal) : null;
  }

  @Query('documentDrafts')
  @Roles(...REVIEWERS)
  documentDrafts(@Args('province') province: string | null, @Context('principal') principal: Principal) {
    const provinceId = province ? this.reads.requireProvince(province).id : undefined;
    if (principal.role === 'PROVINCE' && provinceId !== undefined && provinceId !== principal.provinceId) {
      throw forbidden(`a system of ${principal.provinceId} sees only its own documents`, 'province');
    }
    return this.reads.documentDrafts(principal.role === 'PROVINCE' ? principal.provinceId : provinceId);
  }

  @Mutation('proposeDraft')
  @Roles(...WRITERS)
  async proposeDraft(@Args('documentSha256') sha256: string, @Context('principal') principal: Principal) {
    const view = this.visible(sha256, principal);
    const bytes = await this.files.get(sha256);
    if (!bytes) throw notFound('documentSha256', `document ${sha256} was received but its bytes are not in this data directory`);
    const directives = this.reads.directivesByIssueDate().filter((d) => d.provinceId === null || d.provinceId === view.provinceId);
    const draft = await this.draftDocument(bytes, view.fileName, {
      sha256,
      mediaType: view.mediaType,
      provinceId: view.provinceId,
      units: [...this.reads.allUnits()]
        .filter((u) => u.provinceId === null || u.provinceId === view.provinceId)
        .map((u) => ({ unitId: u.id, name: u.name, aliases: u.aliases, provinceId: u.provinceId })),
      directives: directives.map((d) => ({
        directiveId: d.id,
        number: directiveNumberOf(d.id),
        issuedOn: d.issuedOn.precision === 'DAY' ? d.issuedOn.value : null,
        kind: d.kind,
        title: d.title,
        provinceId: d.provinceId,
      })),
      // A merged province ends the day before its merger takes effect: the reader picks the one that exists on the document's date.
      provinces: this.reads.provincesByName().map((p) => ({
        provinceId: p.id,
        name: p.name,
        validFrom: p.establishedOn,
        validTo: p.merger ? addDays(p.merger.effectiveOn, -1) : null,
      })),
    });
    return this.record({ type: 'ProposeDraft', draftId: sha256, draft }, principal);
  }

  @Mutation('editDraft')
  @Roles(...WRITERS)
  editDraft(@Args('id') id: string, @Args('edits') edits: DraftEditInput[], @Context('principal') principal: Principal) {
    this.visible(id, principal);
    return this.record({ type: 'EditDraft', draftId: id, edits: edits.map(draftEditOf) }, principal);
  }

  @Mutation('approveDraft')
  @Roles(...WRITERS)
  async approveDraft(@Args('id') id: string, @Context('principal') principal: Principal) {
    this.visible(id, principal);
    const outcome = await this.commands.execute(new ApproveDraftMutation(id, principal));
    await this.projector.waitFor(outcome.position);
    return this.reads.documentDraft(id);
  }

  @Mutation('rejectDraft')
  @Roles(...WRITERS)
  rejectDraft(@Args('id') id: string, @Args('reason') reason: string, @Context('principal') principal: Principal) {
    this.visible(id, principal);
    return this.record({ type: 'RejectDraft', draftId: id, reason }, principal);
  }
}
