import { parsePartialDate, type RegisterDirective } from '@monitor/domain';
import type { SeedCommand } from './seed-command.js';

/**
 * The decisions the seed plans carry out, oldest first so that every `implements` names one already
 * registered. Titles are the documents' own words (shortened where a citation runs on); a directive
 * the seeds only cite by number keeps that citation as its title. No signer is in the seeds.
 */
const directive = (
  fields: Omit<RegisterDirective, 'type' | 'issuedOn' | 'provinceId'> & { issuedOn: string; provinceId?: string },
): SeedCommand => {
  const { issuedOn, provinceId, ...rest } = fields;
  const date = parsePartialDate(issuedOn);
  return { command: { type: 'RegisterDirective', ...rest, issuedOn: date, provinceId: provinceId ?? null }, actor: null, occurredOn: date };
};

export const directiveSeeds: readonly SeedCommand[] = [
  directive({
    directiveId: '20-NQ/TW',
    kind: 'Nghị quyết',
    // 000 and 003: "Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng (khóa XI)"
    title:
      'Về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế',
    issuer: 'Ban Chấp hành Trung ương Đảng (khóa XI)',
    issuedOn: '2012-11-01',
    implements: [],
  }),
  directive({
    directiveId: '46/NQ-CP',
    kind: 'Nghị quyết',
    title:
      'Ban hành Chương trình hành động thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng (khóa XI)',
    issuer: 'Chính phủ',
    issuedOn: '2013-03-29',
    implements: ['20-NQ/TW'],
  }),
  directive({
    directiveId: '2245/QĐ-TTg',
    kind: 'Quyết định',
    // 002: "... ban hành Quyết định phê duyệt Đề án tái cơ cấu Ngành Khoa học và Công nghệ ..."
    title:
      'Phê duyệt Đề án tái cơ cấu Ngành Khoa học và Công nghệ đến năm 2020, tầm nhìn đến năm 2030 gắn với chuyển đổi mô hình tăng trưởng góp phần phát triển kinh tế - xã hội',
    issuer: 'Thủ tướng Chính phủ',
    issuedOn: '2015-12-11',
    implements: [],
  }),
  directive({
    directiveId: '27/NQ-CP',
    kind: 'Nghị quyết',
    // The seeds cite it only by number and date (000); its title is not in them.
    title: 'Nghị quyết số 27/NQ-CP ngày 21/02/2017 của Chính phủ',
    issuer: 'Chính phủ',
    issuedOn: '2017-02-21',
    implements: [],
  }),
  directive({
    directiveId: '50-KL/TW',
    kind: 'Kết luận',
    title:
      'Về tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 6 khóa XI về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế',
    issuer: 'Ban Bí thư',
    issuedOn: '2019-05-30',
    implements: ['20-NQ/TW'],
  }),
  directive({
    directiveId: '696/QĐ-TTg',
    kind: 'Quyết định',
    title: 'Ban hành Kế hoạch thực hiện Kết luận số 50-KL/TW ngày 30/5/2019 của Ban Bí thư',
    issuer: 'Thủ tướng Chính phủ',
    issuedOn: '2020-05-25',
    implements: ['50-KL/TW'],
  }),
  directive({
    directiveId: '185/TB-UBND',
    kind: 'Thông báo kết luận',
    // 004: the conclusions of PCT Lê Ánh Dương at his meeting with Sở KH&CN on 15/5/2020.
    title: 'Thông báo Kết luận của Phó Chủ tịch UBND tỉnh Lê Ánh Dương tại buổi làm việc với Sở Khoa học và Công nghệ ngày 15/5/2020',
    issuer: 'UBND tỉnh Bắc Giang',
    issuedOn: '2020-05-18',
    implements: [],
    provinceId: 'bac-giang',
  }),
];
