import { claimRows } from '../../site/data-rows.ts';
import { getWedge } from '../../site/wedge-data.ts';

export async function GET() {
  return Response.json(claimRows(await getWedge()));
}
