import { listEssayFiles } from '../src/pipeline/load-content.ts';

/** The essay files of a content folder, in name order (checked as the build checks them: one file per slug). */
export const essayFiles = (root: string): string[] => listEssayFiles(root).map(({ file }) => file);
