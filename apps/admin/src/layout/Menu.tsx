import type { ReactNode } from 'react';
import { Menu as RaMenu, useCanAccess, useSidebarState, useTranslate } from 'react-admin';
import { ListSubheader } from '@mui/material';
import MapIcon from '@mui/icons-material/Map';
import SettingsIcon from '@mui/icons-material/Settings';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import OutboxIcon from '@mui/icons-material/Outbox';
import MarkEmailUnreadIcon from '@mui/icons-material/MarkEmailUnread';
import AssessmentIcon from '@mui/icons-material/Assessment';
import { MAP_PATH, RENEWALS_PATH, REPORTS_PATH, SENT_MAIL_PATH, SETTINGS_PATH } from './paths';

/** A group heading, shown while the sidebar is open (the icons stand alone when it is folded). */
const Group = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  return (
    <>
      {open && (
        <ListSubheader component="div" disableSticky sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}>
          {translate(label)}
        </ListSubheader>
      )}
      {children}
    </>
  );
};

/** A custom page's menu entry, shown to the roles its canAccess resource allows. */
const PageItem = ({ to, label, icon, resource, testId }: { to: string; label: string; icon: ReactNode; resource: string; testId: string }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource, action: 'list' });
  if (!canAccess) return null;
  return <RaMenu.Item to={to} primaryText={translate(label)} leftIcon={icon} data-testid={testId} />;
};

/** The home page (what needs action this week), the register, supervision, erasure ("Sletning"), the reference data ("Referencedata") and administration. */
export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem primaryText="tilsyn.menu.dashboard" data-testid="menu-dashboard" />
    <Group label="tilsyn.menu.register">
      <RaMenu.ResourceItem name="Processor" />
      <RaMenu.ResourceItem name="Agreement" />
      <RaMenu.ResourceItem name="Transfer" />
      <RaMenu.ResourceItem name="Tia" />
      <PageItem to={MAP_PATH} label="tilsyn.menu.map" icon={<MapIcon />} resource="TransferMap" testId="menu-map" />
    </Group>
    <Group label="tilsyn.menu.records">
      <RaMenu.ResourceItem name="ProcessingActivity" />
      <RaMenu.ResourceItem name="ClientEngagement" />
    </Group>
    <Group label="tilsyn.menu.supervision">
      <RaMenu.ResourceItem name="Review" />
      <RaMenu.ResourceItem name="Reminder" />
      <PageItem to={RENEWALS_PATH} label="tilsyn.menu.renewals" icon={<AutorenewIcon />} resource="Renewal" testId="menu-renewals" />
    </Group>
    <Group label="tilsyn.menu.erasure">
      <RaMenu.ResourceItem name="ErasureRequest" />
      <PageItem to="/ErasureNotice" label="tilsyn.menu.erasure_notices" icon={<MarkEmailUnreadIcon />} resource="ErasureNotice" testId="menu-erasure-notices" />
    </Group>
    <Group label="tilsyn.reports.title">
      <PageItem to={REPORTS_PATH} label="tilsyn.menu.reports" icon={<AssessmentIcon />} resource="ReportRun" testId="menu-reports" />
    </Group>
    <Group label="tilsyn.menu.reference_data">
      <RaMenu.ResourceItem name="AdequacyDecision" />
      <RaMenu.ResourceItem name="Country" />
      <PageItem to={SETTINGS_PATH} label="tilsyn.menu.settings" icon={<SettingsIcon />} resource="OrganisationSettings" testId="menu-settings" />
    </Group>
    <Group label="tilsyn.menu.administration">
      <RaMenu.ResourceItem name="User" />
      <RaMenu.ResourceItem name="ApiToken" />
      <RaMenu.ResourceItem name="AuditEvent" />
      <PageItem to={SENT_MAIL_PATH} label="tilsyn.menu.sent_mail" icon={<OutboxIcon />} resource="SinkMail" testId="menu-sent-mail" />
    </Group>
  </RaMenu>
);
