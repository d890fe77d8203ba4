/** Escape text for SVG/XML character data and attribute values (every text the charts write goes through here). */
export function escapeXml(value: string | number): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Round to 0.1 so the markup is short and snapshots are stable. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
