import { UUID } from './foreign-inputs';
import type { TenantValue } from './tenant-data';

/** Shorter values (codes such as "40", statuses) are too common to mean anything. */
const MIN_LENGTH = 5;
/** Values of tables this small are distinctive enough to look for inside long texts (ICS feeds, reports). */
const SMALL_TABLE_ROWS = 500;
const MIN_EMBEDDED_LENGTH = 10;

/** Finds another tenant's values in anything a procedure returned: whole strings, uuids inside texts, distinctive texts inside long ones. */
export class ForeignValueDetector {
  private readonly exact = new Map<string, TenantValue>();
  private readonly embedded: TenantValue[];

  constructor(values: readonly TenantValue[]) {
    for (const value of values) if (value.value.length >= MIN_LENGTH) this.exact.set(value.value.toLowerCase(), value);
    this.embedded = values.filter((v) => v.tableRows <= SMALL_TABLE_ROWS && v.value.length >= MIN_EMBEDDED_LENGTH && (v.value.match(UUID) ?? []).length === 0);
  }

  get size(): number {
    return this.exact.size;
  }

  /** The foreign values found in `result`, each with where it was found. */
  find(result: unknown): { at: string; value: TenantValue }[] {
    const found: { at: string; value: TenantValue }[] = [];
    const visit = (node: unknown, at: string) => {
      if (typeof node === 'string') {
        const whole = this.exact.get(node.toLowerCase());
        if (whole) found.push({ at, value: whole });
        for (const id of node.match(UUID) ?? []) {
          const inside = this.exact.get(id.toLowerCase());
          if (inside && inside !== whole) found.push({ at, value: inside });
        }
        if (node.length > 40 && !whole) {
          const lower = node.toLowerCase();
          for (const value of this.embedded) if (lower.includes(value.value.toLowerCase())) found.push({ at, value });
        }
      } else if (Array.isArray(node)) node.forEach((item, index) => visit(item, `${at}[${index}]`));
      else if (node && typeof node === 'object' && !(node instanceof Date)) for (const [key, item] of Object.entries(node)) visit(item, `${at}.${key}`);
    };
    visit(result, '$');
    return found;
  }
}
