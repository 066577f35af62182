import type { AnyModuleManifest } from './define-module';

/**
 * Orders modules so that each comes after the modules it depends on.
 * Throws on an unknown dependency or a cycle: the platform refuses to boot.
 */
export function orderModules<M extends Pick<AnyModuleManifest, 'id' | 'dependsOn'>>(modules: readonly M[]): M[] {
  const byId = new Map(modules.map((m) => [m.id, m]));
  const ordered: M[] = [];
  const state = new Map<string, 'visiting' | 'done'>();

  const visit = (module: M, path: string[]) => {
    const current = state.get(module.id);
    if (current === 'done') return;
    if (current === 'visiting') {
      throw new Error(`Module dependency cycle: ${[...path, module.id].join(' -> ')}`);
    }
    state.set(module.id, 'visiting');
    for (const dependency of module.dependsOn) {
      const target = byId.get(dependency);
      if (!target) throw new Error(`Module "${module.id}" depends on unknown module "${dependency}"`);
      visit(target, [...path, module.id]);
    }
    state.set(module.id, 'done');
    ordered.push(module);
  };

  for (const module of modules) visit(module, []);
  return ordered;
}
