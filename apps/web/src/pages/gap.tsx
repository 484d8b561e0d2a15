import { num } from '../format';
import { lang } from '../i18n';

/** How long after it happened the platform recorded it, in words and as a bar (log scale, a year fills it). */
export const gapText = (occurredAt: string, recordedAt: string): { text: string; width: number } => {
  const ms = new Date(recordedAt).getTime() - new Date(occurredAt).getTime();
  const days = ms / 86_400_000;
  const en = lang.value === 'en';
  const text =
    Math.abs(days) < 1
      ? en
        ? 'same day'
        : 'cùng ngày'
      : days < 0
        ? en
          ? `recorded ${num(Math.round(-days))} days before`
          : `ghi nhận trước ${num(Math.round(-days))} ngày`
        : en
          ? `${num(Math.round(days))} days later`
          : `sau ${num(Math.round(days))} ngày`;
  const width = Math.min(100, Math.max(0, (Math.log10(Math.max(1, days)) / Math.log10(365)) * 100));
  return { text, width };
};

export const GapCell = ({ occurredAt, recordedAt }: { occurredAt: string; recordedAt: string }) => {
  const gap = gapText(occurredAt, recordedAt);
  return (
    <td class="gap">
      <span class="gap-bar" aria-hidden="true">
        <span style={{ width: `${gap.width}%` }} />
      </span>
      {gap.text}
    </td>
  );
};
