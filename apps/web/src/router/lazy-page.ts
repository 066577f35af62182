import { lazy, type ComponentType } from 'react';

/** A page loaded on first visit (its own chunk), from a module's named export. */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
