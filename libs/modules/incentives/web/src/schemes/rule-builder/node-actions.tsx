import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pathKey, type RulePath } from './rule-tree';

export interface NodeActionsProps {
  path: RulePath;
  /** "la condition 2.1", "le groupe 3": names the node in the buttons' accessible names. */
  name: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
  negated: boolean;
  /** Accessible name of the invert button ("Invert condition 2", "Stop inverting element 1"). */
  toggleNotLabel: string;
  onMove: (delta: -1 | 1) => void;
  onToggleNot: () => void;
  onRemove: () => void;
}

/** Move, negate, remove: buttons named after the node they act on, reachable with the keyboard. */
export function NodeActions({ path, name, canMoveUp, canMoveDown, negated, toggleNotLabel, onMove, onToggleNot, onRemove }: NodeActionsProps) {
  const { t } = useTranslation('incentives');
  const key = pathKey(path);
  return (
    <Group gap={4} wrap="wrap">
      <Button size="compact-sm" variant="subtle" data-rule-path={key} data-rule-action="up" disabled={!canMoveUp} onClick={() => onMove(-1)} aria-label={t('admin.rule.moveUp', { name })}>
        <span aria-hidden="true">↑</span>
      </Button>
      <Button size="compact-sm" variant="subtle" data-rule-path={key} data-rule-action="down" disabled={!canMoveDown} onClick={() => onMove(1)} aria-label={t('admin.rule.moveDown', { name })}>
        <span aria-hidden="true">↓</span>
      </Button>
      <Button size="compact-sm" variant="subtle" data-rule-path={key} data-rule-action="not" onClick={onToggleNot} aria-label={toggleNotLabel}>
        {negated ? t('admin.rule.unnegate') : t('admin.rule.negate')}
      </Button>
      <Button size="compact-sm" variant="subtle" color="red.9" c="red.9" onClick={onRemove} aria-label={t('admin.rule.removeNamed', { name })}>
        {t('admin.rule.remove')}
      </Button>
    </Group>
  );
}
