import { parsePartialDate } from '@monitor/domain';
import { orgUnit } from '../seed-helpers.js';
import type { SeedCommand } from '../seed-command.js';

/** Hà Nam's units as 2811/KH-UBND (16/09/2020) names them: the ten agencies of its part III and more. */
const P = 'ha-nam';
const kh2811 = parsePartialDate('16/9/2020');

export const haNamUnitSeeds: readonly SeedCommand[] = [
  orgUnit(`${P}.ubnd-tinh`, 'Ủy ban nhân dân tỉnh Hà Nam', kh2811, { provinceId: P, aliases: ['UBND tỉnh', 'UBND tỉnh Hà Nam'] }),
  orgUnit(`${P}.so-khcn`, 'Sở Khoa học và Công nghệ', kh2811, { provinceId: P, aliases: ['Sở KH&CN'] }),
  orgUnit(`${P}.so-tttt`, 'Sở Thông tin và Truyền thông', kh2811, { provinceId: P }),
  orgUnit(`${P}.so-y-te`, 'Sở Y tế', kh2811, { provinceId: P }),
  orgUnit(`${P}.so-noi-vu`, 'Sở Nội vụ', kh2811, { provinceId: P }),
  orgUnit(`${P}.so-gddt`, 'Sở Giáo dục và Đào tạo', kh2811, { provinceId: P }),
  orgUnit(`${P}.so-cong-thuong`, 'Sở Công thương', kh2811, { provinceId: P }),
  orgUnit(`${P}.so-nnptnt`, 'Sở Nông nghiệp và Phát triển nông thôn', kh2811, { provinceId: P }),
  orgUnit(`${P}.so-tai-chinh`, 'Sở Tài chính', kh2811, { provinceId: P }),
  orgUnit(`${P}.so-khdt`, 'Sở Kế hoạch và Đầu tư', kh2811, { provinceId: P }),
  orgUnit(`${P}.ban-tuyen-giao-tinh-uy`, 'Ban Tuyên giáo Tỉnh ủy', kh2811, { provinceId: P }),
  orgUnit(`${P}.cac-so-ban-nganh`, 'Các Sở, ban, ngành, các đơn vị liên quan', kh2811, {
    kind: 'GENERIC',
    provinceId: P,
    aliases: ['Các Sở, ban, ngành', 'Các sở, ban, ngành tỉnh'],
  }),
  orgUnit(`${P}.ubnd-cac-huyen`, 'Ủy ban nhân dân các huyện, thị xã, thành phố', kh2811, {
    kind: 'GENERIC',
    provinceId: P,
    aliases: ['UBND các huyện, thành phố, thị xã', 'Ủy ban nhân dân các huyện, thành phố, thị xã'],
  }),
];
