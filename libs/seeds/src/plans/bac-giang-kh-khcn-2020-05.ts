import { actor, parsePartialDate } from '@monitor/domain';
import { planSeeds, target, type TaskSeed } from '../seed-helpers.js';
import type { SeedCommand } from '../seed-command.js';

/**
 * Bắc Giang Sở KH&CN, "Số: /KH-KHCN" (number blank), dated "tháng 5 năm 2020" (document 004): the
 * plan carrying out notice 185/TB-UBND. Each "Giao <unit> chủ trì ..." paragraph is a task under its
 * section number; the headings of sections 1 and 2 carry duties of their own that name no unit, so
 * those two are defined but not assigned. The plan sets no periodic report ("kịp thời báo cáo
 * lãnh đạo Sở" when difficulties arise is not one).
 */
const SO = 'bac-giang.so-khcn';
const PHONG = `${SO}.cac-phong-don-vi`;
const issuedOn = parsePartialDate('tháng 5 năm 2020');
const signer = actor('Nguyễn Thanh Bình', 'Giám đốc Sở KH&CN', SO);
export const KH_2020_05_PLAN_ID = 'bac-giang.kh-khcn-2020-05';

const tasks: TaskSeed[] = [
  {
    code: '1',
    title:
      'Làm tốt công tác tham mưu ban hành cơ chế, chính sách; các quy hoạch, kế hoạch dài hạn để thúc đẩy phát triển khoa học và công nghệ trên địa bàn',
    deadline: 'Thời gian hoàn thành trước ngày 10/6/2020',
  },
  {
    code: '2',
    title:
      'Rà soát lại chức năng, nhiệm vụ quản lý nhà nước của Sở để tham mưu ban hành đầy đủ các văn bản quy định trong lĩnh vực khoa học và công nghệ; đề xuất UBND tỉnh sửa đổi, bổ sung',
    deadline: '',
  },
  {
    code: '2',
    title:
      'Nghiên cứu tham mưu ban hành quy định khắc phục hạn chế công tác thông tin báo cáo, theo dõi quản lý hoạt động khoa học và công nghệ của các Sở, ngành và các huyện, thành phố',
    deadline: 'Thời gian hoàn thành trước ngày 15/6/2020',
    leads: [`${SO}.phong-ql-khcn-co-so`],
    coordinators: [PHONG],
  },
  {
    code: '2',
    title:
      'Tham mưu thực hiện tốt công tác quản lý nhà nước về tiêu chuẩn đo lường chất lượng, góp phần hạn chế vấn đề gian lận thương mại; đẩy mạnh hoạt động ISO một cách thực chất',
    deadline: 'Thời gian hoàn thành trước ngày 15/6/2020',
    leads: [`${SO}.chi-cuc-tdc`],
  },
  {
    code: '2',
    title: 'Đẩy mạnh thực hiện công tác cải cách hành chính; thường xuyên rà soát, bổ sung, sửa đổi thủ tục hành chính',
    deadline: 'Thực hiện nhiệm vụ thường xuyên hàng năm',
    leads: [`${SO}.van-phong`],
    coordinators: [PHONG],
  },
  {
    code: '2',
    title: 'Tăng cường hiệu quả công tác thanh tra, kiểm tra trên tất cả các lĩnh vực khoa học và công nghệ',
    deadline: 'Thực hiện nhiệm vụ thường xuyên hàng năm',
    leads: [`${SO}.thanh-tra`],
    coordinators: [PHONG],
  },
  {
    code: '2',
    title:
      'Nghiên cứu thực hiện chức năng quản lý nhà nước về công nghệ đối với các doanh nghiệp đầu tư trên địa bàn; đề xuất UBND tỉnh các giải pháp quản lý về công nghệ đối với các dự án đầu tư',
    deadline: 'Thực hiện trong năm 2020',
    leads: [`${SO}.phong-qlcn-ttcn`],
  },
  {
    code: '3',
    title:
      'Khảo sát, đánh giá thực trạng, lựa chọn các lĩnh vực ưu tiên làm cơ sở tuyển chọn, đặt hàng các đề tài, dự án khoa học và công nghệ',
    deadline: 'Thực hiện từ năm 2020',
    // "Giao Phòng Quản lý Khoa học, Phòng Quản lý Khoa học và Công nghệ cơ sở ...": both carry it.
    leads: [`${SO}.phong-qlkh`, `${SO}.phong-ql-khcn-co-so`],
  },
  {
    code: '3',
    title: 'Đề xuất triển khai các giải pháp để thúc đẩy nghiên cứu khoa học ở cấp cơ sở, củng cố lại Hội đồng khoa học cấp cơ sở',
    deadline: 'Thực hiện trong năm 2020',
    leads: [`${SO}.phong-ql-khcn-co-so`],
  },
  {
    code: '3',
    title:
      'Tham mưu làm tốt công tác sở hữu trí tuệ; tham mưu UBND tỉnh Kế hoạch xây dựng, phát triển nhãn hiệu sản phẩm giai đoạn 2021-2025',
    deadline: 'Thực hiện từ năm 2021',
    leads: [`${SO}.phong-ql-chuyen-nganh`],
  },
  {
    code: '3',
    title:
      'Đẩy mạnh công tác phổ biến khoa học và công nghệ; tham mưu UBND tỉnh Kế hoạch phổ biến kiến thức khoa học và công nghệ đến mọi người dân, cơ quan và doanh nghiệp',
    deadline: 'Thực hiện trong năm 2020',
    leads: [`${SO}.tt-ud-khcn`],
    coordinators: ['bac-giang.lien-hiep-hoi-khkt', 'bac-giang.so-tttt'],
  },
  {
    code: '4.1',
    title:
      'Tham mưu thực hiện các thủ tục đề nghị UBND tỉnh ban hành “Quy định định mức xây dựng, phân bổ dự toán và quyết toán kinh phí đối với nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước trên địa bàn tỉnh Bắc Giang”',
    deadline: 'Thời gian trình UBND tỉnh trong năm 2020',
    leads: [`${SO}.phong-khtc`],
  },
  {
    code: '4.2',
    title:
      'Xây dựng dự thảo trình UBND tỉnh ban hành “Quy định quản lý, tổ chức thực hiện nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước tỉnh Bắc Giang”',
    deadline: 'Thời gian trình UBND tỉnh trong năm 2020',
    leads: [`${SO}.phong-qlkh`],
    coordinators: [`${SO}.phong-ql-khcn-co-so`],
  },
  {
    code: '4.2',
    title: 'Đề xuất Chủ tịch UBND tỉnh bổ sung 03 nhiệm vụ khoa học và công nghệ thực hiện năm 2020',
    deadline: '',
    leads: [`${SO}.phong-qlkh`],
    targets: [
      target(
        'nhiem-vu-bo-sung',
        'Nhiệm vụ KH&CN đề xuất bổ sung thực hiện năm 2020',
        'EXACT',
        { min: '03', max: '03' },
        'nhiệm vụ',
        '2020',
        'bổ sung 03 nhiệm vụ khoa học và công nghệ thực hiện năm 2020',
      ),
    ],
  },
  {
    code: '4.2',
    title:
      'Phối hợp với Bộ Khoa học và Công nghệ tổ chức Hội nghị sơ kết 5 năm thực hiện “Chương trình Hỗ trợ ứng dụng, chuyển giao tiến bộ khoa học và công nghệ thúc đẩy phát triển kinh tế- xã hội nông thôn miền núi, vùng dân tộc thiểu số giai đoạn 2016-2025” tại Bắc Giang',
    deadline: '',
    leads: [`${SO}.phong-qlkh`],
  },
  {
    code: '4.2',
    title:
      'Tổng kết “Chương trình phối hợp hoạt động khoa học và công nghệ giữa Bộ Khoa học và Công nghệ, Viện Hàn lâm Khoa học và Công nghệ Việt Nam, Viện Hàn lâm Khoa học Xã hội Việt Nam và UBND tỉnh Bắc Giang”',
    deadline: '',
    leads: [`${SO}.phong-qlkh`],
  },
  {
    code: '4.3',
    title:
      'Chuẩn bị báo cáo đánh giá, các đề xuất, kiến nghị và các tài liệu phục vụ buổi làm việc với Phó Chủ tịch UBND tỉnh Lê Ánh Dương',
    deadline: 'trước ngày 01/6/2020',
    leads: [`${SO}.tt-ud-khcn`],
  },
];

export const kh2020MaySeeds: readonly SeedCommand[] = planSeeds(
  {
    planId: KH_2020_05_PLAN_ID,
    provinceId: 'bac-giang',
    number: null,
    title:
      'Triển khai thực hiện Kết luận của Phó Chủ tịch UBND tỉnh Lê Ánh Dương tại buổi làm việc với Sở Khoa học và Công nghệ ngày 15/5/2020',
    issuerUnitId: SO,
    issuedOn,
    implements: ['185/TB-UBND'],
    parentPlanId: null,
    reportingDuties: [],
    targets: [],
    budget: null,
  },
  signer,
  issuedOn,
  tasks,
);
