import type { DraftFlag, DraftTask, DraftUnit, PlanDraft } from '@monitor/domain';
import { foldText } from '@monitor/domain';
import { readHeader, readSigner } from './header.js';
import type { DocumentInput, KnownProvince, ReaderContext } from './inputs.js';
import { legacyEncodingIn } from './legacy-encoding.js';
import { toDocumentLines } from './lines.js';
import { readOutline } from './outline.js';
import { readReferences } from './references.js';
import { readReportingDuties } from './reporting.js';
import { readTables } from './table.js';
import { freeAssignment, planLeadIn } from './free-text.js';
import type { Block } from './outline.js';
import { dutyTask, itemTasks, type PlanLead, type TaskContext } from './tasks.js';
import { targetsIn } from './targets.js';
import { unitMatcher } from './units.js';

export const READER = { name: 'monitor-plan-reader', version: '1.19.0' } as const;

/** Why a document cannot be drafted: its code and a message naming what is wrong. */
export class DocumentRejected extends Error {
  constructor(
    readonly code: 'EMPTY' | 'BINARY' | 'LEGACY_ENCODING' | 'NOT_A_PLAN' | 'SCANNED_PDF' | 'UNSUPPORTED' | 'TOO_LARGE' | 'UNREADABLE',
    message: string,
  ) {
    super(message);
    this.name = 'DocumentRejected';
  }
}

/** Kinds that report what was done or propose to the body above: never a plan, whatever they list. */
const REPORTS_OR_PROPOSES = new Set(['Báo cáo', 'Tờ trình', 'Công văn']);

/** The largest text the reader drafts from (characters); the seeds' largest is under 100,000. */
export const MAX_TEXT_CHARACTERS = 2_000_000;

/** A national body's heading: its plans assign ministries and provinces, never one province's units. */
const NATIONAL_ISSUER =
  /^(thu tuong|chinh phu|quoc hoi|uy ban thuong vu quoc hoi|bo [a-z]|ban chap hanh trung uong|ban bi thu|bo chinh tri)/;

/** Whether a province exists on a day: by its stated validity, else by the span its name carries ("(đến 30/6/2025)"). */
const existsOn = (p: KnownProvince, day: string | null): boolean => {
  if (!day) return true;
  if (p.validFrom && day < p.validFrom) return false;
  if (p.validTo && day > p.validTo) return false;
  const m = p.name.match(/\((đến|từ) (\d{1,2})\/(\d{1,2})\/(\d{4})\)\s*$/u);
  if (!m) return true;
  const edge = `${m[4]}-${m[3]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
  return m[1] === 'đến' ? day <= edge : day >= edge;
};

/**
 * The province a document comes from: given, else the one its place names, else its issuer's lines,
 * among the provinces that exist on the document's date: a plan of the Ninh Bình formed on 1 July 2025
 * that recalls "tỉnh Hà Nam" merged into it is not Hà Nam's, nor the old Ninh Bình's. A national body's
 * document belongs to no province.
 */
const provinceOf = (ctx: ReaderContext, place: string | null, issuerLines: string, issuedOn: string | null): string | null => {
  if (ctx.provinceId) return ctx.provinceId;
  if (NATIONAL_ISSUER.test(foldText(issuerLines))) return null;
  const day = issuedOn?.slice(0, 10) ?? null;
  const plain = (p: KnownProvince) => foldText(p.name.replace(/\s*\([^)]*\)\s*$/u, ''));
  const byPlace = ctx.provinces.filter((p) => place !== null && foldText(place) === plain(p));
  const byIssuer = ctx.provinces.filter((p) => foldText(issuerLines).includes(`tinh ${plain(p)}`));
  for (const named of [byPlace, byIssuer]) {
    const current = named.filter((p) => existsOn(p, day));
    if (current.length > 0) return current[0]!.provinceId;
  }
  return (byPlace[0] ?? byIssuer[0])?.provinceId ?? null;
};

/** The issuer: the organ named above the national motto, else the one the number's series names, else the basis sentence's subject. */
const issuerOf = (doc: ReturnType<typeof toDocumentLines>, number: string | null, ctx: TaskContext): DraftUnit | null => {
  const motto = doc.folded.findIndex((l) => l.startsWith('cong hoa xa hoi chu nghia viet nam'));
  if (motto > 0) {
    const organ: string[] = [];
    for (let i = motto - 1; i >= 0 && organ.length < 3; i--) {
      if (/^-+$/.test(doc.clean[i]!) || doc.clean[i] === '') {
        if (organ.length > 0) break;
        continue;
      }
      organ.unshift(doc.clean[i]!);
    }
    if (organ.length > 0) {
      // The lowest line names the issuing body; a line above it names the body it belongs to.
      const name = organ[organ.length - 1]!;
      const joined = organ.join(' ');
      return {
        name: joined,
        unitId: ctx.units.match(joined) ?? ctx.units.match(name) ?? (organ.length > 1 ? null : ctx.units.match(organ[0]!)),
      };
    }
  }
  const series = number?.match(/-([A-ZĐ&]+)$/u)?.[1];
  if (series) {
    const unitId = ctx.units.match(`Sở ${series}`) ?? ctx.units.match(`${series} tỉnh`);
    if (unitId) return { name: series, unitId };
  }
  const builds = doc.clean
    .slice(0, 40)
    .join(' ')
    .match(/,\s*((?:Sở|Ủy ban|UBND|Ban)[^,]{3,80}?)\s+(?:xây dựng|ban hành)\s+(?:kế hoạch|Kế hoạch)/u);
  return builds ? { name: builds[1]!, unitId: ctx.units.match(builds[1]!) } : null;
};

/**
 * Whether a table restates the prose items: its TT column numbers every item, and no item writes a lead of its
 * own (an appendix sets out, with their units, items the prose leaves unassigned). Items that write their leads
 * are tasks of their own, and a table beside them lists further activities ("Phụ lục: các hoạt động cụ thể").
 */
const restates = (
  items: readonly Block[],
  drafts: ReadonlyMap<Block, DraftTask[]>,
  numbers: ReadonlySet<number>,
  doc: ReturnType<typeof toDocumentLines>,
): boolean =>
  items.length > 0 &&
  !items.some((b) => pointsToAppendix(b, doc)) &&
  items.every((b) => numbers.has(b.number)) &&
  items.every((b) => drafts.get(b)!.every((t) => t.leadUnits.length === 0 || t.flags.some((f) => f.code === 'LEAD_FROM_PLAN')));

/**
 * An item whose line sends its contents to the appendix ("3. Các nhiệm vụ cụ thể: chi tiết tại Phụ lục kèm theo"):
 * the appendix's rows are its tasks, and the items beside it are the prose's own, not restated by the table.
 */
const pointsToAppendix = (b: Block, doc: ReturnType<typeof toDocumentLines>): boolean =>
  /(?:chi tiet|cu the|theo|tai) (?:tai |theo )?phu luc/.test(doc.folded[b.start]!);

/** An item that is only a heading ending on a colon, a table below it ("3. Các nhiệm vụ cụ thể:"): the rows are its tasks. */
const introducesTable = (b: Block, tableLines: ReadonlySet<number>, doc: ReturnType<typeof toDocumentLines>): boolean => {
  let next = b.start + 1;
  while (next < doc.clean.length && doc.clean[next] === '') next++;
  return /:\s*$/u.test(doc.clean[b.start]!) && tableLines.has(next);
};

/**
 * Drafts a plan from a document's text, by the conventions of Vietnamese administrative documents
 * (see docs/importer.md): header, basis and citations, tasks, reporting duties and targets, each
 * with the lines it was read from. It states only what the text states; what is missing is flagged.
 */
export const draftPlan = (input: DocumentInput, context: ReaderContext): PlanDraft => {
  if (input.text.trim() === '') throw new DocumentRejected('EMPTY', 'the document has no text');
  if (input.text.length > MAX_TEXT_CHARACTERS)
    throw new DocumentRejected('TOO_LARGE', `the document's text exceeds ${MAX_TEXT_CHARACTERS} characters`);
  const legacy = legacyEncodingIn(input.text);
  if (legacy) throw new DocumentRejected('LEGACY_ENCODING', legacy);
  const doc = toDocumentLines(input.text);
  const header = readHeader(doc);
  const flags: DraftFlag[] = [...header.flags];
  const issuerLines = doc.clean.slice(0, 30).join(' ');
  const provinceId = provinceOf(context, header.place, issuerLines, header.issuedOn?.value ?? null);
  // A national document is matched against national units only; a province's against its own (and national) ones.
  const national = !context.provinceId && NATIONAL_ISSUER.test(foldText(issuerLines));
  const units = unitMatcher(
    context.units.filter((u) => u.provinceId === null || (national ? false : provinceId === null || u.provinceId === provinceId)),
  );
  const base: TaskContext = { doc, units, planLead: null };

  const tables = readTables(base);
  const outline = readOutline(doc, units, header.kindLine ?? 0, tables.lines, header.titleLines?.[1] ?? header.kindLine ?? 0);
  const agencyAt = new Map<number, DraftUnit[]>();
  for (const b of outline.blocks.filter((x) => x.kind === 'DUTY')) {
    const agency = units.listAt(b.title.replace(/;/g, ','), 0).units;
    for (let i = b.start; i <= b.end; i++) agencyAt.set(i, agency);
  }
  let planLead: PlanLead | null = null;
  const ordered = [...outline.free, ...agencyAt.keys()].sort((a, b) => a - b);
  for (const i of ordered) {
    planLead = planLeadIn(i, base, agencyAt.get(i) ?? null);
    if (planLead) break;
  }
  const ctx: TaskContext = { ...base, planLead };
  const tableRows = readTables(ctx).tasks;
  const items = outline.blocks.filter((b) => b.kind === 'ITEM');
  const itemDrafts = new Map(
    items.map((b) => [
      b,
      introducesTable(b, tables.lines, doc) || (pointsToAppendix(b, doc) && tableRows.length > 0) ? [] : itemTasks(b, ctx),
    ]),
  );
  const tasks: DraftTask[] = [];
  let giao = 0;
  for (const b of outline.blocks) {
    if (b.kind === 'DUTY') tasks.push(dutyTask(b, ctx));
    else if (!restates(items, itemDrafts, tables.numbers, doc)) tasks.push(...itemDrafts.get(b)!);
  }
  for (const i of outline.free) {
    const t = freeAssignment(i, giao + 1, ctx);
    if (t) {
      giao++;
      tasks.push(t);
    }
  }
  tasks.push(...tableRows);
  tasks.sort((a, b) => a.source.startLine - b.source.startLine);

  if (header.kind !== null && REPORTS_OR_PROPOSES.has(header.kind)) {
    throw new DocumentRejected(
      'NOT_A_PLAN',
      `the document is a ${header.kind}: it reports or proposes, it assigns no tasks (its "nhiệm vụ" are the issuer's own intentions)`,
    );
  }
  if (header.kind === null || tasks.length === 0) {
    throw new DocumentRejected(
      'NOT_A_PLAN',
      header.kind === null
        ? 'the document has no kind heading (KẾ HOẠCH, QUYẾT ĐỊNH, …): it reads as a letter or other text, not a plan'
        : `the document (${header.kind}) sets no tasks: no numbered task or solution items, no "Giao …" assignments, no agency duties, no task table`,
    );
  }
  const references = readReferences(doc, header.number, context.directives, header.titleLines);
  if (references.implements.length === 0) {
    flags.push({
      code: 'NO_BASIS_STATED',
      message: 'the opening states no basis ("Thực hiện …", "Căn cứ …"); the reviewer links what the plan implements',
    });
  }
  const signer = readSigner(doc);
  if (signer) flags.push(...signer.flags);
  else flags.push({ code: 'NO_SIGNER', message: 'no signature with a name was found' });
  const reportingLines = [...new Set([...outline.free, ...agencyAt.keys()])].sort((a, b) => a - b);
  const reportingDuties = readReportingDuties(doc, reportingLines, units, (i) => agencyAt.get(i) ?? null);
  const planTargets = outline.targetLines
    .flatMap((i) => targetsIn(doc.clean[i]!, i, 't-plan'))
    .map((t, n) => ({ ...t, target: { ...t.target, id: `t-plan-${n + 1}` } }));
  const issuer = issuerOf(doc, header.number, ctx);
  return {
    reader: READER,
    document: {
      sha256: input.sha256,
      fileName: input.fileName,
      kind: header.kind,
      number: header.number,
      issuer,
      provinceId,
      place: header.place,
      issuedOn: header.issuedOn,
      title: header.title,
      horizon: header.horizon,
      implements: references.implements,
      cites: references.cites,
      signedBy: signer ? { name: signer.name, title: signer.title, ...(signer.source ? { source: signer.source } : {}) } : null,
      text: doc.text,
    },
    tasks,
    planTargets,
    reportingDuties,
    flags,
  };
};
