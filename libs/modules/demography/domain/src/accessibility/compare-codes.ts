/** Orders INSEE codes by code unit, independently of any locale ('2A004' < '2B002' < '30001'). */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
