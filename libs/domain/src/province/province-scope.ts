import { forbidden } from '../shared/errors.js';
import { foldText } from '../shared/text.js';

/**
 * What a province's system may write: only about its own province. The ids it creates (units, plans,
 * tasks) begin with `<province-id>.`, so that it can never take an id another province will need;
 * the units its commands name are its own, except where a provincial plan legitimately names a
 * national body (a ministry coordinating a task, a report sent to the Government): those partners
 * must be registered as national (no province). National administrators and the platform's own
 * recording (seeds, simulation) act for no province and are not confined.
 */

/** OWN: only the province's own units (issuer, signer, lead, reporter); PARTNER: also a national body. */
export type UnitRole = 'OWN' | 'PARTNER';

export const requireOwnNamespace = (id: string, province: string, field: string): void => {
  if (!id.startsWith(`${province}.`)) {
    throw forbidden(`${field}: "${id}" is not an id of ${province}; a system of ${province} creates ids beginning "${province}."`, field);
  }
};

/** What a command acts on (a plan, a task) belongs to the acting province. */
export const requireOwnedBy = (what: string, ownerProvince: string | null, province: string, field: string): void => {
  if (ownerProvince !== null && ownerProvince !== province)
    throw forbidden(`${what} belongs to ${ownerProvince}, not to ${province}`, field);
};

/** A unit a province's command names: registered with `unitProvince` (null for a national body). */
export const requireUnitInScope = (unitId: string, unitProvince: string | null, province: string, role: UnitRole, field: string): void => {
  if (unitProvince === province || (unitProvince === null && role === 'PARTNER')) return;
  const whose = unitProvince === null ? 'a national body' : `a unit of ${unitProvince}`;
  const allowed = role === 'PARTNER' ? `units of ${province} or national bodies` : `units of ${province}`;
  throw forbidden(`${field}: ${unitId} is ${whose}; a system of ${province} names here only ${allowed}`, field);
};

/** A directive a province's plan or document implements: a national one or one of its own province. */
export const requireDirectiveInScope = (directiveId: string, directiveProvince: string | null, province: string, field: string): void => {
  if (directiveProvince !== null && directiveProvince !== province) {
    throw forbidden(`${field}: ${directiveId} is a document of ${directiveProvince}, not a national one or one of ${province}`, field);
  }
};

/**
 * The issuing body's code a Vietnamese document number ends with (Nghị định 30/2020/NĐ-CP): "TTg" in
 * 696/QĐ-TTg, "TW" in 20-NQ/TW, "QH15" in 202/2025/QH15, "UBND" in 185/TB-UBND, "KHCN" in 41/KH-KHCN.
 */
const issuerCodeOf = (number: string): string => foldText(number).split(/[-/]/).pop() ?? '';

/**
 * National issuers: the Party's central bodies, the National Assembly and its Standing Committee, the
 * President, the Government, the Prime Minister, its Office and Inspectorate, the State Bank, the State
 * Audit, the Supreme Court and Procuracy, the Ethnic Committee and the ministries (B…), as they sign.
 */
const NATIONAL_CODE =
  /^(tw|qh\d*|ubtvqh\d*|ctn|cp|ttg|vpcp|ttcp|nhnn|ktnn|tandtc|vksndtc|ubdt|b(ca|qp|ng|nv|tp|tc|ct|khdt|nnptnt|nnmt|xd|gtvt|tnmt|tttt|ldtbxh|vhttdl|khcn|gddt|yt|dttg))$/;
const NATIONAL_ISSUER =
  /^(ban chap hanh trung uong|ban bi thu|bo chinh tri|trung uong|quoc hoi|uy ban thuong vu quoc hoi|chu tich nuoc|chinh phu|thu tuong|van phong chinh phu|thanh tra chinh phu|ngan hang nha nuoc|kiem toan nha nuoc|toa an nhan dan toi cao|vien kiem sat nhan dan toi cao|uy ban dan toc|bo )/;

/**
 * A document a province's system registers is its own province's (`provinceId`), issued by a
 * provincial body: never a national decision, whose number and issuer say so. National directives
 * are registered by national administrators only.
 */
export const requireProvincialDocument = (
  document: { directiveId: string; issuer: string; provinceId: string | null },
  province: string,
): void => {
  if (document.provinceId !== province) {
    throw forbidden(`a system of ${province} may only register documents of its own province`, 'provinceId');
  }
  if (NATIONAL_CODE.test(issuerCodeOf(document.directiveId))) {
    throw forbidden(
      `id: ${document.directiveId} is the number of a national document; a system of ${province} registers only its own province's documents`,
      'id',
    );
  }
  if (NATIONAL_ISSUER.test(foldText(document.issuer))) {
    throw forbidden(
      `issuer: ${document.issuer} is a national body; a system of ${province} registers only its own province's documents`,
      'issuer',
    );
  }
};
