/**
 * Reads a module's settings JSON Schema (zod's `toJSONSchema`, io: input) into
 * the fields the admin form renders. Pure: no React, tested on its own.
 */
export type SettingsField =
  | { key: string; kind: 'boolean'; defaultValue?: boolean }
  | { key: string; kind: 'number'; integer: boolean; min?: number; max?: number; defaultValue?: number }
  | { key: string; kind: 'enum'; options: string[]; defaultValue?: string }
  | { key: string; kind: 'text'; minLength?: number; maxLength?: number; defaultValue?: string };

export type SettingsValues = Record<string, unknown>;

type JsonSchema = Record<string, unknown>;

const isObject = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);
// zod writes the safe-integer range for int() without bounds: not a real limit.
const bound = (value: unknown) => (typeof value === 'number' && Math.abs(value) < Number.MAX_SAFE_INTEGER ? value : undefined);

function fieldOf(key: string, property: JsonSchema): SettingsField | null {
  const fallback = property['default'];
  const type = property['type'];
  if (Array.isArray(property['enum']) && property['enum'].every((v) => typeof v === 'string')) {
    return { key, kind: 'enum', options: property['enum'] as string[], ...(typeof fallback === 'string' ? { defaultValue: fallback } : {}) };
  }
  if (type === 'boolean') return { key, kind: 'boolean', ...(typeof fallback === 'boolean' ? { defaultValue: fallback } : {}) };
  if (type === 'integer' || type === 'number') {
    const min = bound(property['minimum']) ?? bound(property['exclusiveMinimum']);
    const max = bound(property['maximum']) ?? bound(property['exclusiveMaximum']);
    return {
      key,
      kind: 'number',
      integer: type === 'integer',
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
      ...(typeof fallback === 'number' ? { defaultValue: fallback } : {}),
    };
  }
  if (type === 'string') {
    const minLength = bound(property['minLength']);
    const maxLength = bound(property['maxLength']);
    return {
      key,
      kind: 'text',
      ...(minLength !== undefined ? { minLength } : {}),
      ...(maxLength !== undefined ? { maxLength } : {}),
      ...(typeof fallback === 'string' ? { defaultValue: fallback } : {}),
    };
  }
  return null; // arrays, objects, unions: not editable here, kept as they are
}

/** The editable fields of an object schema, in declaration order. */
export function settingsFields(schema: unknown): SettingsField[] {
  if (!isObject(schema) || !isObject(schema['properties'])) return [];
  return Object.entries(schema['properties']).flatMap(([key, property]) => {
    const field = isObject(property) ? fieldOf(key, property) : null;
    return field ? [field] : [];
  });
}

/** What each input starts with: the stored setting, else the schema's default. */
export function initialValues(fields: readonly SettingsField[], current: SettingsValues): SettingsValues {
  const values: SettingsValues = {};
  for (const field of fields) {
    const stored = current[field.key];
    switch (field.kind) {
      case 'boolean':
        values[field.key] = typeof stored === 'boolean' ? stored : (field.defaultValue ?? false);
        break;
      case 'number':
        values[field.key] = typeof stored === 'number' ? stored : (field.defaultValue ?? '');
        break;
      default:
        values[field.key] = typeof stored === 'string' ? stored : (field.defaultValue ?? '');
    }
  }
  return values;
}

/**
 * Typed settings to send: numbers as numbers, empty numbers left out (the
 * schema's default applies), fields the form does not know kept as stored.
 */
export function typedValues(fields: readonly SettingsField[], values: SettingsValues, current: SettingsValues = {}): SettingsValues {
  const result: SettingsValues = { ...current };
  for (const field of fields) {
    const value = values[field.key];
    if (field.kind === 'boolean') result[field.key] = value === true;
    else if (field.kind === 'number') {
      const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value.replace(',', '.')) : NaN;
      if (Number.isFinite(number)) result[field.key] = number;
      else delete result[field.key];
    } else result[field.key] = typeof value === 'string' ? value : '';
  }
  return result;
}

export type SettingsProblem = { key: string; problem: 'required' | 'integer' | 'min' | 'max' | 'minLength' | 'maxLength'; limit?: number };

/** Checks values against the schema's bounds before sending (the API checks again). */
export function checkValues(fields: readonly SettingsField[], values: SettingsValues): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  for (const field of fields) {
    const value = values[field.key];
    if (field.kind === 'number') {
      if (value === '' || value === undefined) {
        if (field.defaultValue === undefined) problems.push({ key: field.key, problem: 'required' });
        continue;
      }
      const number = Number(value);
      if (field.integer && !Number.isInteger(number)) problems.push({ key: field.key, problem: 'integer' });
      else if (field.min !== undefined && number < field.min) problems.push({ key: field.key, problem: 'min', limit: field.min });
      else if (field.max !== undefined && number > field.max) problems.push({ key: field.key, problem: 'max', limit: field.max });
    } else if (field.kind === 'text' && typeof value === 'string') {
      if (field.minLength !== undefined && value.length < field.minLength) problems.push({ key: field.key, problem: 'minLength', limit: field.minLength });
      if (field.maxLength !== undefined && value.length > field.maxLength) problems.push({ key: field.key, problem: 'maxLength', limit: field.maxLength });
    }
  }
  return problems;
}
