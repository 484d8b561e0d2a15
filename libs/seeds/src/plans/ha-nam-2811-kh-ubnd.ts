import { actor, parsePartialDate } from '@monitor/domain';
import { duty, planSeeds, yearlyStrictlyBefore, type TaskSeed } from '../seed-helpers.js';
import type { SeedCommand } from '../seed-command.js';

/**
 * Hà Nam 2811/KH-UBND, 16/09/2020 (document 003): UBND tỉnh's plan carrying out 696/QĐ-TTg. Its six
 * task groups (II.1–II.6) come first, then the duties of the ten agencies of part III (III.1–III.10).
 * The plan sets no period and no deadline for any of them (only that the work be "thường xuyên, liên
 * tục", which is not a deadline), so none has one. Only II.1 names who carries it out; the other
 * groups are carried out through the agencies' duties and are defined but not assigned.
 */
const P = 'ha-nam';
const u = (slug: string) => `${P}.${slug}`;
const issuedOn = parsePartialDate('16/9/2020');
const signer = actor('Đinh Thị Lụa', 'Phó Chủ tịch UBND tỉnh Hà Nam', u('ubnd-tinh'));
const SO_BAN_NGANH = u('cac-so-ban-nganh');
const HUYEN = u('ubnd-cac-huyen');

const tasks: TaskSeed[] = [
  {
    code: 'II.1',
    title:
      'Tuyên truyền, nâng cao nhận thức về phát triển khoa học và công nghệ phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế',
    deadline: '',
    // "Các Sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố ... tổ chức nghiên cứu, quán triệt, triển khai"
    leads: [SO_BAN_NGANH, HUYEN],
  },
  {
    code: 'II.2',
    title:
      'Rà soát, hoàn thiện chính sách, pháp luật về đầu tư, tài chính và doanh nghiệp, bảo đảm đồng bộ với các quy định pháp luật về khoa học và công nghệ',
    deadline: '',
  },
  {
    code: 'II.3',
    title:
      'Cơ cấu các nhiệm vụ khoa học và công nghệ, nâng cao năng lực ứng dụng khoa học và công nghệ theo hướng phục vụ thiết thực các mục tiêu phát triển kinh tế - xã hội, tăng cường tiềm lực quốc phòng, an ninh',
    deadline: '',
  },
  {
    code: 'II.4',
    title: 'Phát triển tiềm lực khoa học và công nghệ đáp ứng yêu cầu phát triển kinh tế - xã hội của tỉnh và hội nhập quốc tế',
    deadline: '',
  },
  {
    code: 'II.5',
    title: 'Tiếp tục thúc đẩy phát triển mạnh thị trường khoa học và công nghệ và hệ sinh thái khởi nghiệp sáng tạo',
    deadline: '',
  },
  {
    code: 'II.6',
    title: 'Đẩy mạnh liên kết, hợp tác về khoa học và công nghệ với các địa phương trong nước và quốc tế',
    deadline: '',
  },
  {
    code: 'III.1',
    title:
      'Sở Khoa học và Công nghệ: theo dõi, đôn đốc và chủ trì tham mưu Ủy ban nhân dân tỉnh giải quyết những vấn đề mới nảy sinh trong quá trình thực hiện Kế hoạch; tham mưu các giải pháp đẩy mạnh nghiên cứu khoa học công nghệ, đổi mới sáng tạo',
    deadline: '',
    leads: [u('so-khcn')],
    coordinators: [SO_BAN_NGANH, HUYEN],
  },
  {
    code: 'III.2',
    title:
      'Sở Thông tin và Truyền thông: chỉ đạo, định hướng tuyên truyền Kết luận số 50-KL/TW và các chủ trương, chính sách, pháp luật về phát triển khoa học và công nghệ',
    deadline: '',
    leads: [u('so-tttt')],
    coordinators: [u('ban-tuyen-giao-tinh-uy'), HUYEN],
  },
  {
    code: 'III.3',
    // "phối hợp với các đơn vị trong ngành": units of the health sector, which the plan does not name.
    title:
      'Sở Y tế: tổ chức nghiên cứu, quán triệt, triển khai nghiên cứu, ứng dụng khoa học công nghệ trong công tác bảo vệ, chăm sóc sức khỏe nhân dân',
    deadline: '',
    leads: [u('so-y-te')],
  },
  {
    code: 'III.4',
    title:
      'Sở Nội vụ: tham mưu Ủy ban nhân dân tỉnh ban hành cơ chế, phương thức quản lý tổ chức, hoạt động khoa học và công nghệ; nâng cao chất lượng nguồn nhân lực khoa học và công nghệ',
    deadline: '',
    leads: [u('so-noi-vu')],
  },
  {
    code: 'III.5',
    title:
      'Sở Giáo dục và Đào tạo: tham mưu cơ chế, chính sách gắn kết hoạt động khoa học, công nghệ và đổi mới sáng tạo trong các cơ sở giáo dục; bồi dưỡng tài năng trẻ, nhóm nghiên cứu trẻ tiềm năng',
    deadline: '',
    leads: [u('so-gddt')],
  },
  {
    code: 'III.6',
    title:
      'Sở Công thương: rà soát chính sách, quy hoạch, kế hoạch phát triển điện năng, năng lượng; sử dụng năng lượng sạch, tiết kiệm và hiệu quả; kết nối doanh nghiệp trong nước với doanh nghiệp FDI',
    deadline: '',
    leads: [u('so-cong-thuong')],
  },
  {
    code: 'III.7',
    title:
      'Sở Nông nghiệp và Phát triển nông thôn: xây dựng các mô hình sản xuất nông nghiệp ứng dụng tiến bộ khoa học kỹ thuật, công nghệ cao; phát triển khoa học và công nghệ về giống cây trồng, vật nuôi, thủy sản',
    deadline: '',
    leads: [u('so-nnptnt')],
  },
  {
    code: 'III.8',
    title:
      'Sở Tài chính: chủ trì, phối hợp với Sở Khoa học và Công nghệ thẩm định dự toán kinh phí; chính sách ưu đãi về thuế, tín dụng; khoán chi đến sản phẩm cuối cùng',
    deadline: '',
    leads: [u('so-tai-chinh')],
    coordinators: [u('so-khcn')],
  },
  {
    code: 'III.9',
    title:
      'Sở Kế hoạch và Đầu tư: chủ trì, phối hợp với các Sở, ngành có liên quan hoàn thiện chính sách về đầu tư công, khuyến khích hợp tác công-tư và chuyển giao công nghệ trong lĩnh vực khoa học và công nghệ',
    deadline: '',
    leads: [u('so-khdt')],
    coordinators: [SO_BAN_NGANH],
  },
  {
    code: 'III.10',
    title:
      'Các Sở, ban, ngành, các đơn vị liên quan và Ủy ban nhân dân các huyện, thành phố, thị xã: tổ chức chỉ đạo thực hiện Kế hoạch; xây dựng kế hoạch, chủ động tham gia các nhiệm vụ khoa học và công nghệ',
    deadline: '',
    leads: [SO_BAN_NGANH, HUYEN],
  },
];

const AGENCIES = ['so-tttt', 'so-y-te', 'so-noi-vu', 'so-gddt', 'so-cong-thuong', 'so-nnptnt', 'so-tai-chinh', 'so-khdt'].map(u);

export const kh2811Seeds: readonly SeedCommand[] = planSeeds(
  {
    planId: 'ha-nam.2811-kh-ubnd',
    provinceId: P,
    number: '2811/KH-UBND',
    title: 'Triển khai Quyết định của Thủ tướng Chính phủ thực hiện Kết luận số 50-KL/TW ngày 30/5/2019 của Ban Bí thư',
    issuerUnitId: u('ubnd-tinh'),
    issuedOn,
    implements: ['696/QĐ-TTg'],
    parentPlanId: null,
    reportingDuties: [
      duty(
        'r01',
        [u('so-khcn')],
        { name: 'Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh', unitId: u('ubnd-tinh') },
        'YEARLY',
        { dueMonth: 11, dueDay: 30 },
        'Định kỳ ngày 30 tháng 11 hàng năm báo cáo và kiến nghị Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân các biện pháp cần thiết để bảo đảm thực hiện đồng bộ có hiệu quả',
      ),
      duty(
        'r02',
        // "Thủ trưởng các Sở, ban, ngành và các đơn vị liên quan; Chủ tịch UBND các huyện, thị xã, thành phố":
        // the agencies of part III and every other one concerned.
        [...AGENCIES, SO_BAN_NGANH, HUYEN],
        { name: 'Sở Khoa học và Công nghệ', unitId: u('so-khcn') },
        'YEARLY',
        // Strictly before 01/11: the last on-time day is 31/10.
        yearlyStrictlyBefore(1, 11),
        'Định kỳ hằng năm báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước ngày 01 tháng 11 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh',
      ),
    ],
    targets: [],
    budget: null,
  },
  signer,
  issuedOn,
  tasks,
);
