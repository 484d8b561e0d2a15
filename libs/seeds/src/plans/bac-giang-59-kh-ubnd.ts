import { parsePartialDate } from '@monitor/domain';
import { planSeeds } from '../seed-helpers.js';
import type { SeedCommand } from '../seed-command.js';

/**
 * Bắc Giang 59/KH-UBND, 28/04/2017, UBND tỉnh's plan for 27/NQ-CP. The plan itself is not among the
 * seeds: its number, date, issuer and subject come from 41/KH-KHCN (which carries it out) and DOMAIN.md.
 * Its signer, tasks and reporting duties are unknown, so none are recorded.
 */
export const KH59_PLAN_ID = 'bac-giang.59-kh-ubnd';

export const kh59Seeds: readonly SeedCommand[] = planSeeds(
  {
    planId: KH59_PLAN_ID,
    provinceId: 'bac-giang',
    number: '59/KH-UBND',
    // As 41/KH-KHCN cites it: "Kế hoạch số 59/KH-UBND ngày 28/4/2017 của UBND tỉnh về thực hiện ..."
    title:
      'Về thực hiện một số chủ trương, chính sách lớn nhằm tiếp tục đổi mới mô hình tăng trưởng, nâng cao chất lượng, năng suất lao động, sức cạnh tranh của nền kinh tế và cơ cấu lại nền kinh tế đến năm 2020',
    issuerUnitId: 'bac-giang.ubnd-tinh',
    issuedOn: parsePartialDate('28/4/2017'),
    implements: ['27/NQ-CP'],
    parentPlanId: null,
    reportingDuties: [],
    targets: [],
    budget: null,
  },
  null,
  parsePartialDate('28/4/2017'),
);
