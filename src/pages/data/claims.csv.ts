import { claimsCsv } from '../../site/data-rows.ts';
import { getWedge } from '../../site/wedge-data.ts';

export async function GET() {
  return new Response(claimsCsv((await getWedge()).claims), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
