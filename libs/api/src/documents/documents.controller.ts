import { DocumentAlteredError, DocumentFiles, documentTypeOf } from '@monitor/application';
import { DomainError, documentDraftStateOf, streams, type DraftMediaType } from '@monitor/domain';
import type { EventStore } from '@monitor/event-store';
import { Controller, Get, HttpCode, HttpStatus, Inject, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { IncomingMessage } from 'node:http';
import { authenticate } from '../auth/authenticate.js';
import type { Principal } from '../auth/principal.js';
import { TOKEN_VERIFIER, type TokenVerifier } from '../auth/token-verifier.js';
import { RecordMutation } from '../commands/record-mutation.js';
import { PLATFORM_CONFIG, type PlatformConfig } from '../config/platform-config.js';
import { MonitoringReads } from '../platform/monitoring-reads.js';
import { MonitoringProjector } from '../platform/monitoring-views.js';
import { EVENT_STORE } from '../platform/tokens.js';
import { asHttpRefusal, refusal } from './http-refusals.js';

const SHA256 = /^[0-9a-f]{64}$/;

/** The request body, up to `max` bytes: a longer one is refused with 413 as soon as it is seen, never held. */
const bodyOf = async (request: IncomingMessage, max: number): Promise<Buffer> => {
  const declared = Number(request.headers['content-length'] ?? NaN);
  const tooLarge = () =>
    refusal(HttpStatus.PAYLOAD_TOO_LARGE, 'TOO_LARGE', `a document is at most ${max} bytes (MONITOR_UPLOAD_MAX_BYTES)`);
  if (declared > max) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > max) {
      request.destroy();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
};

/**
 * Documents in and out over plain HTTP, with the bearer token GraphQL takes (the Authorization
 * header only: no cookie is read, so another site's page cannot send one on a user's behalf).
 * `POST /documents` takes the document itself as the body (its type in Content-Type, its name in
 * `?name=`); `GET /documents/<sha256>` gives back exactly the bytes received.
 */
@Controller('documents')
export class DocumentsController {
  constructor(
    @Inject(TOKEN_VERIFIER) private readonly tokens: TokenVerifier,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly files: DocumentFiles,
    private readonly commands: CommandBus,
    private readonly projector: MonitoringProjector,
    private readonly reads: MonitoringReads,
  ) {}

  private async principal(request: IncomingMessage, allowed: readonly Principal['role'][], action: string): Promise<Principal> {
    const principal = await authenticate(this.tokens, request.headers.authorization);
    if (!allowed.includes(principal.role)) throw refusal(HttpStatus.FORBIDDEN, 'FORBIDDEN', `role ${principal.role} may not ${action}`);
    return principal;
  }

  /** The province a document is received for: a PROVINCE token's own; an ADMIN's `?province=`, or none (a national document). */
  private provinceFor(principal: Principal, typed: string | undefined): string | null {
    if (principal.role === 'PROVINCE') {
      if (typed && this.reads.findProvince(typed)?.id !== principal.provinceId) {
        throw refusal(HttpStatus.FORBIDDEN, 'FORBIDDEN', `a system of ${principal.provinceId} uploads only its own documents`, 'province');
      }
      return principal.provinceId;
    }
    return typed ? this.reads.requireProvince(typed).id : null;
  }

  @Post()
  @HttpCode(HttpStatus.CREATED)
  async upload(@Req() request: IncomingMessage, @Query('name') name: string | undefined, @Query('province') province: string | undefined) {
    try {
      const principal = await this.principal(request, ['PROVINCE', 'ADMIN'], 'upload documents');
      const provinceId = this.provinceFor(principal, province);
      const fileName = name ? name.normalize('NFC').slice(0, 255) : null;
      const bytes = await bodyOf(request, this.config.uploadMaxBytes);
      let mediaType: DraftMediaType;
      try {
        mediaType = documentTypeOf(bytes, request.headers['content-type'] ?? null, fileName);
      } catch (error) {
        throw error instanceof DomainError
          ? refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_MEDIA_TYPE', error.message, 'file')
          : error;
      }
      const { sha256, size } = await this.files.put(bytes);
      const received = documentDraftStateOf(await this.store.readStream(streams.documentDraft(sha256))).document;
      if (received) {
        if (received.provinceId !== provinceId) {
          throw refusal(
            HttpStatus.CONFLICT,
            'ALREADY_EXISTS',
            `document ${sha256} was already received for ${received.provinceId ?? 'the nation'}`,
          );
        }
        return { id: sha256, sha256, size, mediaType: received.mediaType, fileName: received.fileName, provinceId, alreadyReceived: true };
      }
      const command = { type: 'ReceiveDocument', draftId: sha256, sha256, fileName, mediaType, size, provinceId } as const;
      const outcome = await this.commands.execute(new RecordMutation([command], principal, null, { instant: null }));
      await this.projector.waitFor(outcome.position);
      return { id: sha256, sha256, size, mediaType, fileName, provinceId, alreadyReceived: false };
    } catch (error) {
      throw asHttpRefusal(error);
    }
  }

  @Get(':sha256')
  async download(
    @Req() request: IncomingMessage,
    @Param('sha256') sha256: string,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): void },
  ) {
    try {
      const principal = await this.principal(request, ['AUDITOR', 'ADMIN', 'PROVINCE'], 'fetch documents');
      if (!SHA256.test(sha256))
        throw refusal(HttpStatus.BAD_REQUEST, 'INVALID_INPUT', `"${sha256}" is not a SHA-256 in lower-case hex`, 'sha256');
      const received = documentDraftStateOf(await this.store.readStream(streams.documentDraft(sha256))).document;
      if (!received) throw refusal(HttpStatus.NOT_FOUND, 'NOT_FOUND', `no document ${sha256} was received`, 'sha256');
      if (principal.role === 'PROVINCE' && received.provinceId !== principal.provinceId) {
        throw refusal(HttpStatus.FORBIDDEN, 'FORBIDDEN', `document ${sha256} is not of ${principal.provinceId}`, 'sha256');
      }
      const bytes = await this.files.get(sha256);
      if (!bytes)
        throw refusal(HttpStatus.NOT_FOUND, 'NOT_FOUND', `document ${sha256} was received but its bytes are not in this data directory`);
      const text = received.mediaType.startsWith('text/');
      response.setHeader('Content-Type', text ? `${received.mediaType}; charset=utf-8` : received.mediaType);
      response.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(received.fileName ?? sha256)}`);
      response.setHeader('X-Content-Type-Options', 'nosniff');
      response.setHeader('ETag', `"${sha256}"`);
      response.setHeader('Repr-Digest', `sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`);
      return new StreamableFile(bytes);
    } catch (error) {
      if (error instanceof DocumentAlteredError) throw refusal(HttpStatus.INTERNAL_SERVER_ERROR, 'DOCUMENT_ALTERED', error.message);
      throw asHttpRefusal(error);
    }
  }
}
