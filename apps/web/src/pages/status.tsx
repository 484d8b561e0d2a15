import { lang } from '../i18n';

const NAMES: Record<string, [string, string]> = {
  NOT_STARTED: ['Chưa triển khai', 'Not started'],
  IN_PROGRESS: ['Đang thực hiện', 'In progress'],
  COMPLETED: ['Hoàn thành', 'Completed'],
  COMPLETED_LATE: ['Hoàn thành quá hạn', 'Completed late'],
  OVERDUE: ['Quá hạn', 'Overdue'],
  CANCELLED: ['Đã hủy', 'Cancelled'],
};

/** A task status in words (colour only repeats what the words say). */
export const StatusBadge = ({ status }: { status: string }) => (
  <span class={`status status-${status.toLowerCase()}`}>{NAMES[status]?.[lang.value === 'en' ? 1 : 0] ?? status}</span>
);

const ROLES: Record<string, [string, string]> = { LEAD: ['Chủ trì', 'Lead'], COORDINATOR: ['Phối hợp', 'Coordinator'] };

/** A unit's part in a task, in words. */
export const roleName = (role: string): string => ROLES[role]?.[lang.value === 'en' ? 1 : 0] ?? role;
