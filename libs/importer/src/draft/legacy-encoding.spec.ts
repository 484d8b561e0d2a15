import { legacyEncodingIn } from './legacy-encoding.js';

describe('text in a legacy Vietnamese encoding', () => {
  it('names TCVN3 (ABC) and VNI by their characteristic characters, and passes Unicode Vietnamese', () => {
    expect(
      legacyEncodingIn('KÕ ho¹ch thùc hiÖn QuyÕt ®Þnh sè 696/Q§-TTg cña Thñ t­íng ChÝnh phñ vÒ ph¸t triÓn khoa häc vµ c«ng nghÖ'),
    ).toMatch(/TCVN3/);
    expect(
      legacyEncodingIn('Keá hoaïch thöïc hieän Quyeát ñònh soá 696 cuûa Thuû töôùng Chính phuû veà phaùt trieån khoa hoïc vaø coâng ngheä'),
    ).toMatch(/VNI/);
    expect(
      legacyEncodingIn('Kế hoạch thực hiện Quyết định số 696/QĐ-TTg của Thủ tướng Chính phủ về phát triển khoa học và công nghệ'),
    ).toBeNull();
  });
});
