import { AgreementsResolver } from '../modules/agreements/agreements.resolver.js';
import { ComplianceResolver } from '../modules/compliance/compliance.resolver.js';
import { SubprocessorLinksResolver } from '../modules/subprocessors/subprocessor-links.resolver.js';
import { ApiTokensResolver } from '../modules/api-tokens/api-tokens.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { ProcessorsResolver } from '../modules/processors/processors.resolver.js';
import { UsersResolver } from '../modules/users/users.resolver.js';
import { NotificationsResolver } from '../modules/notifications/notifications.resolver.js';
import { ReferenceResolver } from '../modules/reference/reference.resolver.js';
import { TiasResolver } from '../modules/transfers/tias.resolver.js';
import { ReviewsResolver } from '../modules/reviews/reviews.resolver.js';
import { TransfersResolver } from '../modules/transfers/transfers.resolver.js';
import { ErasureResolver } from '../modules/erasure/erasure.resolver.js';
import { ClientEngagementsResolver } from '../modules/records/client-engagements.resolver.js';
import { ProcessingActivitiesResolver } from '../modules/records/processing-activities.resolver.js';
import { RetentionRulesResolver } from '../modules/records/retention-rules.resolver.js';
import { DashboardResolver } from '../modules/dashboard/dashboard.resolver.js';
import { ReportsResolver } from '../modules/reports/reports.resolver.js';

/** Every resolver class, for printing schema.gql without a database. */
export const RESOLVERS = [AuthResolver, ProcessorsResolver, UsersResolver, ApiTokensResolver, AuditResolver, ComplianceResolver, SubprocessorLinksResolver, AgreementsResolver, ReferenceResolver, TransfersResolver, TiasResolver, NotificationsResolver, ReviewsResolver, ErasureResolver, ProcessingActivitiesResolver, RetentionRulesResolver, ClientEngagementsResolver, DashboardResolver, ReportsResolver];
