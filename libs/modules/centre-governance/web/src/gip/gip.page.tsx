import { Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader, QueryState, useCan } from '@ancrage/ui';
import { permissions } from '../common/paths';
import { useCurrentGip } from '../common/use-gip.hook';
import { BodiesPanel } from './bodies-panel';
import { ConventionPanel } from './convention-panel';
import { GipForm } from './gip-form';
import { MemberForm } from './member-form';
import { MembersTable } from './members-panel';
import { MeetingsPanel } from './meetings-panel';
import { RegisterPanel } from './register-panel';

/** /t/:tenant/admin/centre-governance/gip — the GIP: members, bodies, convention, meetings and register. */
export function GipPage() {
  const { t } = useTranslation('centre-governance');
  const canManage = useCan(permissions.manageGovernance);
  const { gips, gip } = useCurrentGip();

  return (
    <>
      <PageHeader title={gip.data?.name ?? t('gip.title')} description={t('gip.intro')} />
      <QueryState query={gips}>
        {(list) =>
          list.length === 0 ? (
            <Stack gap="lg">
              <Text>{t('gip.none')}</Text>
              {canManage ? <GipForm /> : null}
            </Stack>
          ) : (
            <QueryState query={gip}>
              {(data) => (
                <Stack gap="lg">
                  {data.purpose ? <Text>{data.purpose}</Text> : null}
                  <Tabs defaultValue="meetings" keepMounted={false}>
                    <Tabs.List>
                      <Tabs.Tab value="meetings">{t('gip.tabs.meetings')}</Tabs.Tab>
                      <Tabs.Tab value="members">{t('gip.tabs.members')}</Tabs.Tab>
                      <Tabs.Tab value="bodies">{t('gip.tabs.bodies')}</Tabs.Tab>
                      <Tabs.Tab value="convention">{t('gip.tabs.convention')}</Tabs.Tab>
                      <Tabs.Tab value="register">{t('gip.tabs.register')}</Tabs.Tab>
                    </Tabs.List>
                    <Tabs.Panel value="meetings" pt="md">
                      <MeetingsPanel gip={data} />
                    </Tabs.Panel>
                    <Tabs.Panel value="members" pt="md">
                      <Stack gap="lg">
                        <MembersTable members={data.members} />
                        {canManage ? <MemberForm gipId={data.id} /> : null}
                      </Stack>
                    </Tabs.Panel>
                    <Tabs.Panel value="bodies" pt="md">
                      <BodiesPanel gip={data} canManage={canManage} />
                    </Tabs.Panel>
                    <Tabs.Panel value="convention" pt="md">
                      <ConventionPanel gip={data} />
                    </Tabs.Panel>
                    <Tabs.Panel value="register" pt="md">
                      <RegisterPanel gipId={data.id} />
                    </Tabs.Panel>
                  </Tabs>
                </Stack>
              )}
            </QueryState>
          )
        }
      </QueryState>
    </>
  );
}
