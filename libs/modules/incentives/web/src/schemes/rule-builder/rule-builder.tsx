import { ATTENTION_COLOR } from '../../common/tones';
import { useEffect, useRef, useState } from 'react';
import { Box, Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_RULE_DEPTH, MAX_RULE_NODES, type ConditionType, type Rule } from '@ancrage/incentives-domain';
import type { LocalSchemeChoice, TerritoryChoices } from '../../admin-common/territory-choices';
import { ConditionFields } from './condition-fields';
import { CONDITION_TYPES } from './condition-types';
import { NodeActions } from './node-actions';
import { addChild, blankCondition, moveAt, pathKey, removeAt, ruleSize, setCondition, setGroupOp, toggleNot, type GroupOp, type RulePath } from './rule-tree';

export interface RuleBuilderProps {
  /** The eligibility rule, a group at the top. */
  rule: Rule;
  onChange: (rule: Rule) => void;
  /** Validation message at a path inside the rule ("rules.0.condition.in"). */
  errorOf: (path: string) => string | undefined;
  /** Messages of rule problems by the path of the node they concern. */
  problemsAt: (path: RulePath) => string[];
  territory: TerritoryChoices;
  localSchemes: readonly LocalSchemeChoice[];
}

interface NodeContext extends RuleBuilderProps {
  root: Rule;
  full: boolean;
  /** Applies a change, then moves focus to the first of `focus` (CSS selectors) that can take it. */
  change: (rule: Rule, ...focus: string[]) => void;
}

const isGroup = (node: Rule): node is Extract<Rule, { op: GroupOp }> => node.op === 'all' || node.op === 'any';

function ProblemNotes({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <Stack gap={2}>
      {messages.map((message) => (
        <Text key={message} size="sm" c={ATTENTION_COLOR} fw={500}>
          <span aria-hidden="true">⚠ </span>
          {message}
        </Text>
      ))}
    </Stack>
  );
}

function GroupAdders({ group, path, name, context }: { group: Extract<Rule, { op: GroupOp }>; path: RulePath; name: string; context: NodeContext }) {
  const { t } = useTranslation('incentives');
  const [type, setType] = useState<ConditionType>('status');
  // A new group sits one level below this one, and its first condition one more.
  const depth = path.filter((key) => key === 'rules' || key === 'rule').length + 1;
  const newChild = pathKey([...path, 'rules', group.rules.length]);
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <NativeSelect
        label={t('admin.rule.newConditionType', { name })}
        value={type}
        onChange={(event) => setType(event.currentTarget.value as ConditionType)}
        data={CONDITION_TYPES.map((value) => ({ value, label: t(`conditions.${value}`) }))}
        w={260}
      />
      <Button
        variant="light"
        data-rule-path={pathKey(path)}
        data-rule-action="add"
        disabled={context.full || depth + 1 > MAX_RULE_DEPTH}
        onClick={() => context.change(addChild(context.root, path, { op: 'condition', condition: blankCondition(type) }), `[data-rule-path="${newChild}"] select`)}
        aria-label={t('admin.rule.addConditionTo', { name })}
      >
        {t('admin.rule.addCondition')}
      </Button>
      <Button
        variant="default"
        disabled={context.full || depth + 2 > MAX_RULE_DEPTH}
        onClick={() => context.change(addChild(context.root, path, { op: 'any', rules: [] }), `[data-rule-path="${newChild}"] select`)}
        aria-label={t('admin.rule.addGroupTo', { name })}
      >
        {t('admin.rule.addGroup')}
      </Button>
    </Group>
  );
}

function RuleNode({ node, path, number, siblings, context }: { node: Rule; path: RulePath; number: string; siblings: number; context: NodeContext }) {
  const { t } = useTranslation('incentives');
  const isRoot = path.length === 0;
  const last = path[path.length - 1];
  const index = typeof last === 'number' ? last : -1;
  const insideNot = last === 'rule';
  const key = pathKey(path);
  const actions = (name: string, negated: boolean) =>
    isRoot || insideNot ? null : (
      <NodeActions
        path={path}
        name={name}
        negated={negated}
        toggleNotLabel={negated ? t('admin.rule.unnegateNumbered', { number }) : t('admin.rule.negateNamed', { name })}
        canMoveUp={index > 0}
        canMoveDown={index >= 0 && index < siblings - 1}
        onMove={(delta) => {
          const moved = moveAt(context.root, path, delta);
          const at = `[data-rule-path="${pathKey(moved.path)}"]`;
          context.change(moved.rule, `${at}[data-rule-action="${delta < 0 ? 'up' : 'down'}"]`, `${at}[data-rule-action="${delta < 0 ? 'down' : 'up'}"]`);
        }}
        onToggleNot={() => context.change(toggleNot(context.root, path), `[data-rule-path="${key}"][data-rule-action="not"]`)}
        onRemove={() => context.change(removeAt(context.root, path), `[data-rule-path="${pathKey(path.slice(0, -2))}"][data-rule-action="add"]`)}
      />
    );
  const problems = <ProblemNotes messages={context.problemsAt(path)} />;

  if (node.op === 'not') {
    const name = t('admin.rule.negationName', { number });
    return (
      <Paper withBorder p="sm" data-rule-path={key} component="li" style={{ listStyle: 'none' }}>
        <Stack gap="xs">
          <Group justify="space-between" gap="xs">
            <Text fw={700}>{t('admin.rule.notTitle', { number })}</Text>
            {actions(name, true)}
          </Group>
          {problems}
          <Box component="ul" p={0} m={0}>
            <RuleNode node={node.rule} path={[...path, 'rule']} number={number} siblings={1} context={context} />
          </Box>
        </Stack>
      </Paper>
    );
  }

  if (isGroup(node)) {
    const name = isRoot ? t('admin.rule.rootName') : t('admin.rule.groupName', { number });
    const Wrapper = isRoot ? 'div' : 'li';
    return (
      <Paper withBorder={!isRoot} p={isRoot ? 0 : 'sm'} data-rule-path={key} component={Wrapper} style={{ listStyle: 'none' }}>
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end" gap="xs">
            <NativeSelect
              label={isRoot ? t('admin.rule.rootOp') : t('admin.rule.groupOp', { number })}
              value={node.op}
              onChange={(event) => context.change(setGroupOp(context.root, path, event.currentTarget.value as GroupOp))}
              data={[
                { value: 'all', label: t('admin.rule.ops.all') },
                { value: 'any', label: t('admin.rule.ops.any') },
              ]}
              w={320}
            />
            {actions(name, false)}
          </Group>
          {problems}
          {node.rules.length === 0 ? <Text size="sm">{isRoot ? t('admin.rule.everyone') : t('admin.rule.emptyGroup')}</Text> : null}
          {node.rules.length > 0 ? (
            <Stack component="ol" gap="sm" p={0} m={0} aria-label={t('admin.rule.childrenOf', { name })}>
              {node.rules.map((child, childIndex) => (
                <RuleNode key={childIndex} node={child} path={[...path, 'rules', childIndex]} number={isRoot ? String(childIndex + 1) : `${number}.${childIndex + 1}`} siblings={node.rules.length} context={context} />
              ))}
            </Stack>
          ) : null}
          <GroupAdders group={node} path={path} name={name} context={context} />
        </Stack>
      </Paper>
    );
  }

  const name = t('admin.rule.conditionName', { number });
  const conditionPath = [...path, 'condition'];
  return (
    <Paper withBorder p="sm" data-rule-path={key} component="li" style={{ listStyle: 'none' }}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-end" gap="xs">
          <NativeSelect
            label={t('admin.rule.conditionType', { number })}
            value={node.condition.type}
            onChange={(event) => context.change(setCondition(context.root, path, blankCondition(event.currentTarget.value as ConditionType)))}
            data={CONDITION_TYPES.map((value) => ({ value, label: t(`conditions.${value}`) }))}
            w={260}
          />
          {actions(name, false)}
        </Group>
        <ConditionFields
          name={number}
          condition={node.condition}
          onChange={(condition) => context.change(setCondition(context.root, path, condition))}
          errorOf={(field) => context.errorOf(pathKey([...conditionPath, field]))}
          territory={context.territory}
          localSchemes={context.localSchemes}
        />
        {problems}
      </Stack>
    </Paper>
  );
}

/**
 * The eligibility rule as nested groups ("all of" / "any of"), negations and
 * typed conditions. Every control is labelled with the node's number (2.1…), and
 * focus follows the node moved, added or removed so that keyboard users keep their place.
 */
export function RuleBuilder(props: RuleBuilderProps) {
  const { t } = useTranslation('incentives');
  const container = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<{ selectors: string[] } | null>(null);
  useEffect(() => {
    if (!focus) return;
    // The first of the wished targets that can take focus (a move button at the end of its group is disabled).
    const target = focus.selectors.map((selector) => container.current?.querySelector<HTMLElement>(selector)).find((element) => element && !(element as HTMLButtonElement).disabled);
    target?.focus();
  }, [focus]);
  const size = ruleSize(props.rule);
  const context: NodeContext = {
    ...props,
    root: props.rule,
    full: size.nodes >= MAX_RULE_NODES,
    change: (rule, ...selectors) => {
      props.onChange(rule);
      if (selectors.length > 0) setFocus({ selectors });
    },
  };
  return (
    <div ref={container}>
      <Stack gap="sm">
        <RuleNode node={props.rule} path={[]} number="" siblings={1} context={context} />
        <Text size="sm">{t('admin.rule.size', { nodes: size.nodes, maxNodes: MAX_RULE_NODES, depth: size.depth, maxDepth: MAX_RULE_DEPTH })}</Text>
      </Stack>
    </div>
  );
}
