// Numbers and times as people read them: thousands separators, percentages with one decimal, UTC.
const integers = new Intl.NumberFormat('en-US', {maximumFractionDigits: 0});

/** A count with thousands separators, or an em dash when unknown. */
export function count(value) {
  return value === null || value === undefined ? '—' : integers.format(value);
}

/** A share of 0..1 as a percentage with one decimal, or an em dash when unknown. */
export function percent(share) {
  if (share === null || share === undefined || !Number.isFinite(share)) {
    return '—';
  }
  return (100 * share).toFixed(1) + '%';
}

/** An ISO-8601 time as "2026-03-01 10:00 UTC", or an em dash. */
export function time(iso) {
  if (!iso) {
    return '—';
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return '—';
  }
  return date.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** How far away a time is, in words: "in 12 min", "3 h ago". */
export function relative(iso, now = Date.now()) {
  if (!iso) {
    return '';
  }
  const minutes = Math.round((new Date(iso).getTime() - now) / 60000);
  const size = Math.abs(minutes);
  const amount = size < 60 ? size + ' min' : size < 48 * 60 ? Math.round(size / 60) + ' h' : Math.round(size / 1440) + ' d';
  if (size === 0) {
    return 'now';
  }
  return minutes > 0 ? 'in ' + amount : amount + ' ago';
}
