// Writes bac-kan-132-kh-ubnd.pdf (a blind-set document: a PDF with a text layer, lines wrapped as a
// printed page wraps them): `node libs/importer/unseen/blind4/make-bac-kan-132-kh-ubnd-pdf.mjs`.
// DejaVu Sans (from the machine's fonts) carries the Vietnamese letters. The committed .pdf is the
// document scored; this script only says how it was made.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { readFileSync, writeFileSync } from 'node:fs';

const lines = `ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẮC KẠN                              Độc lập - Tự do - Hạnh phúc
Số: 132/KH-UBND                    Bắc Kạn, ngày 26 tháng 3 năm 2021

KẾ HOẠCH
Phát triển thương mại điện tử tỉnh Bắc Kạn giai đoạn 2021 - 2025

Thực hiện Quyết định số 645/QĐ-TTg ngày 15/5/2020 của Thủ tướng Chính phủ phê duyệt
Kế hoạch tổng thể phát triển thương mại điện tử quốc gia giai đoạn 2021 - 2025, Ủy ban
nhân dân tỉnh Bắc Kạn ban hành Kế hoạch thực hiện như sau:

I. MỤC TIÊU
Đến năm 2025, khoảng 30% dân số tham gia mua sắm trực tuyến; 50% doanh nghiệp có
website hoặc tham gia sàn giao dịch thương mại điện tử.

II. NHIỆM VỤ, GIẢI PHÁP
1. Hoàn thiện hạ tầng thanh toán không dùng tiền mặt, khuyến khích các cơ sở kinh doanh
chấp nhận thanh toán điện tử. Cơ quan chủ trì: Sở Công thương; phối hợp: Sở Tài chính.
Thời gian: năm 2021 - 2022.
2. Đưa sản phẩm OCOP, nông sản đặc sản của tỉnh lên các sàn thương mại điện tử lớn trong
nước. Cơ quan chủ trì: Sở Công thương; phối hợp: Sở Nông nghiệp và Phát triển nông thôn,
UBND các huyện, thành phố. Thời gian: hằng năm.
3. Đào tạo kỹ năng ứng dụng thương mại điện tử cho doanh nghiệp, hợp tác xã, hộ kinh
doanh. Cơ quan chủ trì: Sở Kế hoạch và Đầu tư; phối hợp: Sở Công thương. Thời gian:
Quý III/2021.
4. Xây dựng hệ thống truy xuất nguồn gốc sản phẩm hàng hóa tích hợp mã QR. Cơ quan chủ
trì: Sở Khoa học và Công nghệ; phối hợp: Sở Y tế. Thời gian: hoàn thành trước ngày
31/12/2022.
5. Kiểm tra, xử lý vi phạm trong hoạt động thương mại điện tử. Cơ quan chủ trì: Cục Quản
lý thị trường tỉnh; phối hợp: Công an tỉnh. Thời gian: thường xuyên.

III. TỔ CHỨC THỰC HIỆN
1. Sở Công thương: Là cơ quan thường trực, hướng dẫn, đôn đốc các cơ quan, đơn vị thực
hiện Kế hoạch; định kỳ hằng năm tổng hợp, báo cáo UBND tỉnh và Bộ Công Thương trước
ngày 15 tháng 12.
2. Sở Tài chính: Chủ trì, phối hợp với Sở Công thương tham mưu bố trí kinh phí thực hiện
Kế hoạch từ nguồn ngân sách tỉnh theo khả năng cân đối hằng năm.
3. Các Sở, Ngành liên quan, UBND các huyện, thành phố: Căn cứ chức năng, nhiệm vụ triển
khai thực hiện Kế hoạch; báo cáo kết quả về Sở Công thương trước ngày 30 tháng 11 hằng
năm.

Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo
cáo về Sở Công thương để tổng hợp, trình UBND tỉnh xem xét, quyết định./.

Nơi nhận:                                              TM. ỦY BAN NHÂN DÂN
- Bộ Công Thương (b/c);                                   KT. CHỦ TỊCH
- TT Tỉnh ủy, TT HĐND tỉnh;                               PHÓ CHỦ TỊCH
- Các Sở, Ngành liên quan;
- UBND các huyện, thành phố;
- Lưu: VT, KT.                                            Đinh Quang Tuyên`.split('\n');

const pdf = await PDFDocument.create();
pdf.registerFontkit(fontkit);
const font = await pdf.embedFont(readFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'), { subset: true });
const size = 10;
const lineHeight = 14;
let page = pdf.addPage([595, 842]);
let y = 800;
for (const line of lines) {
  if (y < 50) {
    page = pdf.addPage([595, 842]);
    y = 800;
  }
  if (line.trim() !== '') page.drawText(line, { x: 40, y, size, font });
  y -= lineHeight;
}
writeFileSync(new URL('./bac-kan-132-kh-ubnd.pdf', import.meta.url), await pdf.save());
