import { parsePartialDate } from '@monitor/domain';
import { orgUnit } from '../seed-helpers.js';
import type { SeedCommand } from '../seed-command.js';

/**
 * Bắc Giang's units as 41/KH-KHCN (22/05/2017), the May 2020 plan and the 2021–2025 plan (July 2020)
 * name them. Units of Sở KH&CN hang under it. Aliases are only the abbreviations the documents use.
 */
const P = 'bac-giang';
const SO = 'bac-giang.so-khcn';
const kh59 = parsePartialDate('2017-04-28');
const kh41 = parsePartialDate('22/5/2017');
const may2020 = parsePartialDate('tháng 5 năm 2020');
const july2020 = parsePartialDate('tháng 7 năm 2020');

export const bacGiangUnitSeeds: readonly SeedCommand[] = [
  orgUnit(`${P}.ubnd-tinh`, 'Ủy ban nhân dân tỉnh Bắc Giang', kh59, { provinceId: P, aliases: ['UBND tỉnh', 'UBND tỉnh Bắc Giang'] }),
  orgUnit(SO, 'Sở Khoa học và Công nghệ', kh41, { provinceId: P, aliases: ['Sở KH&CN'] }),
  orgUnit(`${SO}.van-phong`, 'Văn phòng Sở', kh41, { provinceId: P, parentUnitId: SO }),
  orgUnit(`${SO}.phong-khtc`, 'Phòng Kế hoạch Tài chính', kh41, { provinceId: P, parentUnitId: SO, aliases: ['KHTC'] }),
  orgUnit(`${SO}.phong-qlkh`, 'Phòng Quản lý Khoa học', kh41, { provinceId: P, parentUnitId: SO }),
  orgUnit(`${SO}.phong-qlcn-ttcn`, 'Phòng Quản lý Công nghệ và Thị trường công nghệ', kh41, { provinceId: P, parentUnitId: SO }),
  orgUnit(`${SO}.phong-ql-chuyen-nganh`, 'Phòng Quản lý chuyên ngành', kh41, { provinceId: P, parentUnitId: SO }),
  orgUnit(`${SO}.chi-cuc-tdc`, 'Chi cục Tiêu chuẩn Đo lường Chất lượng', kh41, { provinceId: P, parentUnitId: SO }),
  // The three public service centres of 2017; 001 reports that the Sở proposed merging them.
  orgUnit(`${SO}.tt-udtb`, 'Trung tâm Ứng dụng tiến bộ Khoa học và Công nghệ', kh41, {
    provinceId: P,
    parentUnitId: SO,
    aliases: ['TT UDTB KH&CN', 'Trung tâm Ứng dụng tiến bộ KH&CN'],
  }),
  // The appendix of 41/KH-KHCN misspells it "Thông kê"; the prose has "Thống kê".
  orgUnit(`${SO}.tt-tttk`, 'Trung tâm Thông tin và Thống kê Khoa học và Công nghệ', kh41, {
    provinceId: P,
    parentUnitId: SO,
    aliases: ['TT TT&TK KH&CN', 'Trung tâm Thông tin và Thống kê KH&CN'],
  }),
  orgUnit(`${SO}.tt-kttcdlcl`, 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng', kh41, {
    provinceId: P,
    parentUnitId: SO,
    aliases: ['TT KTTCDLCL'],
  }),
  orgUnit(`${SO}.cac-phong-don-vi`, 'Các phòng, đơn vị trực thuộc Sở', kh41, {
    kind: 'GENERIC',
    provinceId: P,
    parentUnitId: SO,
    aliases: ['Trưởng các phòng, đơn vị trực thuộc Sở'],
  }),
  orgUnit(`${SO}.cac-don-vi-su-nghiep`, 'Các đơn vị sự nghiệp công lập', kh41, { kind: 'GENERIC', provinceId: P, parentUnitId: SO }),
  orgUnit(`${P}.so-khdt`, 'Sở Kế hoạch và Đầu tư', kh41, { provinceId: P, aliases: ['Sở KH&ĐT'] }),
  orgUnit(`${P}.so-nnptnt`, 'Sở Nông nghiệp và Phát triển nông thôn', kh41, { provinceId: P, aliases: ['Sở NN&PTNT'] }),
  orgUnit(`${P}.so-cong-thuong`, 'Sở Công Thương', kh41, { provinceId: P }),
  orgUnit(`${P}.ubnd-cac-huyen`, 'UBND các huyện, thành phố', kh41, {
    kind: 'GENERIC',
    provinceId: P,
    aliases: ['Ủy ban nhân dân các huyện, thành phố'],
  }),
  // Named first in the May 2020 plan (004).
  orgUnit(`${SO}.phong-ql-khcn-co-so`, 'Phòng Quản lý Khoa học và Công nghệ cơ sở', may2020, { provinceId: P, parentUnitId: SO }),
  orgUnit(`${SO}.thanh-tra`, 'Thanh tra Sở', may2020, { provinceId: P, parentUnitId: SO }),
  // The 2020 documents name this centre, not the three of 2017; the seeds do not say how they relate.
  orgUnit(`${SO}.tt-ud-khcn`, 'Trung tâm Ứng dụng khoa học và công nghệ', may2020, {
    provinceId: P,
    parentUnitId: SO,
    aliases: ['Trung tâm Ứng dụng KH&CN'],
  }),
  orgUnit(`${P}.so-tttt`, 'Sở Thông tin và Truyền thông', may2020, { provinceId: P }),
  orgUnit(`${P}.lien-hiep-hoi-khkt`, 'Liên hiệp các Hội khoa học và kỹ thuật tỉnh', may2020, { provinceId: P }),
  // Named first in the 2021–2025 plan (001).
  orgUnit(`${P}.so-xay-dung`, 'Sở Xây dựng', july2020, { provinceId: P }),
  orgUnit(`${P}.so-tnmt`, 'Sở Tài nguyên và Môi trường', july2020, { provinceId: P }),
  orgUnit(`${P}.cac-so-nganh-lien-quan`, 'Các sở, ngành có liên quan', july2020, { kind: 'GENERIC', provinceId: P }),
];
