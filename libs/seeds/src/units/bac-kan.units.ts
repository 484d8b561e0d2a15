import { parsePartialDate } from '@monitor/domain';
import { orgUnit } from '../seed-helpers.js';
import type { SeedCommand } from '../seed-command.js';

/** Bắc Kạn's units as 684/QĐ-UBND (16/05/2016) names them, with the spellings it uses as aliases. */
const P = 'bac-kan';
const qd684 = parsePartialDate('16/05/2016');

export const bacKanUnitSeeds: readonly SeedCommand[] = [
  orgUnit(`${P}.ubnd-tinh`, 'Ủy ban nhân dân tỉnh Bắc Kạn', qd684, { provinceId: P, aliases: ['UBND tỉnh', 'UBND tỉnh Bắc Kạn'] }),
  orgUnit(`${P}.so-khcn`, 'Sở Khoa học và Công nghệ', qd684, { provinceId: P, aliases: ['Sở KH&CN'] }),
  orgUnit(`${P}.so-khdt`, 'Sở Kế hoạch và Đầu tư', qd684, { provinceId: P, aliases: ['Sở KH&ĐT'] }),
  orgUnit(`${P}.so-tai-chinh`, 'Sở Tài chính', qd684, { provinceId: P }),
  orgUnit(`${P}.so-nnptnt`, 'Sở Nông nghiệp và Phát triển nông thôn', qd684, {
    provinceId: P,
    aliases: ['Sở Nông nghiệp - Phát triển nông thôn', 'Sở NN&PTNT'],
  }),
  orgUnit(`${P}.so-cong-thuong`, 'Sở Công thương', qd684, { provinceId: P }),
  orgUnit(`${P}.so-y-te`, 'Sở Y tế', qd684, { provinceId: P }),
  orgUnit(`${P}.ubnd-cac-huyen`, 'UBND các huyện, thành phố', qd684, {
    kind: 'GENERIC',
    provinceId: P,
    aliases: ['Ủy ban nhân dân các huyện, thành phố'],
  }),
  orgUnit(`${P}.cac-so-nganh-lien-quan`, 'Các Sở, Ngành liên quan', qd684, {
    kind: 'GENERIC',
    provinceId: P,
    aliases: ['Các Sở, Ngành có liên quan'],
  }),
];
