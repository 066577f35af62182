export type { ExplorerColumn } from './explorer-column';
export { ExplorerTable } from './explorer-table';
