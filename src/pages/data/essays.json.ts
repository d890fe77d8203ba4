import { dataFileResponse } from '../../site/data-rows.ts';
import { getWedge } from '../../site/wedge-data.ts';

/** Every row is parsed by its data-contract schema as it is built (src/site/data-rows.ts): a drift fails the build. */
export async function GET() {
  return dataFileResponse('essays.json', await getWedge());
}
