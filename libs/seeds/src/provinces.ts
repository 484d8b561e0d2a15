import { parsePartialDate } from '@monitor/domain';
import type { SeedCommand } from './seed-command.js';

/**
 * The 63 provincial units before 1 July 2025 with their statistical codes (Quyết định 124/2004/QĐ-TTg
 * of 08/07/2004, as DOMAIN.md lists them), attested on that decision's day: each existed then, and
 * the record does not say when it was founded. Thừa Thiên Huế is here as it was until 1 January 2025
 * (province-mergers.ts records thành phố Huế succeeding it).
 *
 * Ids are slugs of the names. Where a unit formed on 1 July 2025 keeps the name, the old one is named
 * "… (đến 30/6/2025)" and keeps the plain slug; the new one is "… (từ 01/7/2025)" with "-2025" after it.
 */
const ATTESTED_ON = '2004-07-08';
export const UNTIL_MERGER = ' (đến 30/6/2025)';

/** Names a unit formed on 1 July 2025 keeps (Nghị quyết 202/2025/QH15). */
export const NAMES_KEPT = new Set([
  'tuyen-quang',
  'lao-cai',
  'thai-nguyen',
  'phu-tho',
  'bac-ninh',
  'hung-yen',
  'hai-phong',
  'ninh-binh',
  'quang-tri',
  'da-nang',
  'dong-thap',
  'an-giang',
  'quang-ngai',
  'gia-lai',
  'khanh-hoa',
  'lam-dong',
  'dak-lak',
  'ho-chi-minh',
  'dong-nai',
  'tay-ninh',
  'can-tho',
  'vinh-long',
  'ca-mau',
]);

const PROVINCES_2004: readonly (readonly [code: string, id: string, name: string])[] = [
  ['01', 'ha-noi', 'Hà Nội'],
  ['02', 'ha-giang', 'Hà Giang'],
  ['04', 'cao-bang', 'Cao Bằng'],
  ['06', 'bac-kan', 'Bắc Kạn'],
  ['08', 'tuyen-quang', 'Tuyên Quang'],
  ['10', 'lao-cai', 'Lào Cai'],
  ['11', 'dien-bien', 'Điện Biên'],
  ['12', 'lai-chau', 'Lai Châu'],
  ['14', 'son-la', 'Sơn La'],
  ['15', 'yen-bai', 'Yên Bái'],
  ['17', 'hoa-binh', 'Hòa Bình'],
  ['19', 'thai-nguyen', 'Thái Nguyên'],
  ['20', 'lang-son', 'Lạng Sơn'],
  ['22', 'quang-ninh', 'Quảng Ninh'],
  ['24', 'bac-giang', 'Bắc Giang'],
  ['25', 'phu-tho', 'Phú Thọ'],
  ['26', 'vinh-phuc', 'Vĩnh Phúc'],
  ['27', 'bac-ninh', 'Bắc Ninh'],
  ['30', 'hai-duong', 'Hải Dương'],
  ['31', 'hai-phong', 'Hải Phòng'],
  ['33', 'hung-yen', 'Hưng Yên'],
  ['34', 'thai-binh', 'Thái Bình'],
  ['35', 'ha-nam', 'Hà Nam'],
  ['36', 'nam-dinh', 'Nam Định'],
  ['37', 'ninh-binh', 'Ninh Bình'],
  ['38', 'thanh-hoa', 'Thanh Hóa'],
  ['40', 'nghe-an', 'Nghệ An'],
  ['42', 'ha-tinh', 'Hà Tĩnh'],
  ['44', 'quang-binh', 'Quảng Bình'],
  ['45', 'quang-tri', 'Quảng Trị'],
  ['46', 'thua-thien-hue', 'Thừa Thiên Huế'],
  ['48', 'da-nang', 'Đà Nẵng'],
  ['49', 'quang-nam', 'Quảng Nam'],
  ['51', 'quang-ngai', 'Quảng Ngãi'],
  ['52', 'binh-dinh', 'Bình Định'],
  ['54', 'phu-yen', 'Phú Yên'],
  ['56', 'khanh-hoa', 'Khánh Hòa'],
  ['58', 'ninh-thuan', 'Ninh Thuận'],
  ['60', 'binh-thuan', 'Bình Thuận'],
  ['62', 'kon-tum', 'Kon Tum'],
  ['64', 'gia-lai', 'Gia Lai'],
  ['66', 'dak-lak', 'Đắk Lắk'],
  ['67', 'dak-nong', 'Đắk Nông'],
  ['68', 'lam-dong', 'Lâm Đồng'],
  ['70', 'binh-phuoc', 'Bình Phước'],
  ['72', 'tay-ninh', 'Tây Ninh'],
  ['74', 'binh-duong', 'Bình Dương'],
  ['75', 'dong-nai', 'Đồng Nai'],
  ['77', 'ba-ria-vung-tau', 'Bà Rịa - Vũng Tàu'],
  ['79', 'ho-chi-minh', 'TP Hồ Chí Minh'],
  ['80', 'long-an', 'Long An'],
  ['82', 'tien-giang', 'Tiền Giang'],
  ['83', 'ben-tre', 'Bến Tre'],
  ['84', 'tra-vinh', 'Trà Vinh'],
  ['86', 'vinh-long', 'Vĩnh Long'],
  ['87', 'dong-thap', 'Đồng Tháp'],
  ['89', 'an-giang', 'An Giang'],
  ['91', 'kien-giang', 'Kiên Giang'],
  ['92', 'can-tho', 'Cần Thơ'],
  ['93', 'hau-giang', 'Hậu Giang'],
  ['94', 'soc-trang', 'Sóc Trăng'],
  ['95', 'bac-lieu', 'Bạc Liêu'],
  ['96', 'ca-mau', 'Cà Mau'],
];

/** The plain name of a province before 1 July 2025, for the new unit that keeps it. */
export const nameBefore2025 = (provinceId: string): string => PROVINCES_2004.find(([, id]) => id === provinceId)![2];

export const provinceSeeds: readonly SeedCommand[] = PROVINCES_2004.map(([statisticalCode, provinceId, name]) => ({
  command: { type: 'RegisterProvince', provinceId, name: NAMES_KEPT.has(provinceId) ? name + UNTIL_MERGER : name, statisticalCode },
  actor: null,
  occurredOn: parsePartialDate(ATTESTED_ON),
}));
