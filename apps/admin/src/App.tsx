import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router';
import { authProvider, CHANGE_PASSWORD_PATH, SETUP_PATH } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import { Layout } from './layout/Layout';
import { LoginPage } from './pages/LoginPage';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { SetupPage } from './pages/SetupPage';
import { processors } from './resources/processors';
import { agreements } from './resources/agreements';
import { users } from './resources/users';
import { apiTokens } from './resources/api-tokens';
import { auditEvents } from './resources/audit-events';
import { transfers } from './resources/transfers';
import { tias } from './resources/tias';
import { adequacyDecisions } from './resources/adequacy-decisions';
import { countries } from './resources/countries';
import { TransferMapPage } from './resources/map/TransferMapPage';
import { OrganisationSettingsPage } from './resources/settings/OrganisationSettingsPage';
import { reviews } from './resources/reviews';
import { reminders } from './resources/reminders';
import { erasureRequests } from './resources/erasure-requests';
import { erasureNotices } from './resources/erasure-notices';
import { processingActivities } from './resources/processing-activities';
import { clientEngagements } from './resources/client-engagements';
import { RenewalsPage } from './resources/renewals/RenewalsPage';
import { SentMailPage } from './resources/sent-mail/SentMailPage';
import { Dashboard } from './dashboard/Dashboard';
import { MAP_PATH, RENEWALS_PATH, REPORTS_PATH, SENT_MAIL_PATH, SETTINGS_PATH } from './layout/paths';
import { ReportsPage } from './resources/reports/ReportsPage';

/** Resource names are the GraphQL type names: ra-data-graphql-simple derives the operations from them. */
export const App = () => (
  <Admin
    title="Tilsyn"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    dashboard={Dashboard}
    loginPage={LoginPage}
    requireAuth
    disableTelemetry
  >
    <Resource name="Processor" {...processors} />
    <Resource name="Agreement" {...agreements} />
    <Resource name="User" {...users} />
    <Resource name="ApiToken" {...apiTokens} />
    <Resource name="AuditEvent" {...auditEvents} />
    <Resource name="Transfer" {...transfers} />
    <Resource name="Tia" {...tias} />
    <Resource name="AdequacyDecision" {...adequacyDecisions} />
    <Resource name="Country" {...countries} />
    <Resource name="Review" {...reviews} />
    <Resource name="Reminder" {...reminders} />
    <Resource name="ErasureRequest" {...erasureRequests} />
    <Resource name="ErasureNotice" {...erasureNotices} />
    <Resource name="ProcessingActivity" {...processingActivities} />
    <Resource name="ClientEngagement" {...clientEngagements} />
    <CustomRoutes>
      <Route path={CHANGE_PASSWORD_PATH} element={<ChangePasswordPage />} />
      <Route path={MAP_PATH} element={<TransferMapPage />} />
      <Route path={SETTINGS_PATH} element={<OrganisationSettingsPage />} />
      <Route path={RENEWALS_PATH} element={<RenewalsPage />} />
      <Route path={SENT_MAIL_PATH} element={<SentMailPage />} />
      <Route path={REPORTS_PATH} element={<ReportsPage />} />
    </CustomRoutes>
    <CustomRoutes noLayout>
      <Route path={SETUP_PATH} element={<SetupPage />} />
    </CustomRoutes>
  </Admin>
);
