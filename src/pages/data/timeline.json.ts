import { getWedge } from '../../site/wedge-data.ts';

export async function GET() {
  return Response.json((await getWedge()).timeline);
}
