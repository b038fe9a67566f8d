import { InitialSchema1795256418748 } from './1795256418748-initial-schema.js';
import { ProcessorRegisterChainsAgreements1795260285294 } from './1795260285294-processor-register-chains-agreements.js';
import { TransfersTiasReferenceNotifications1795264994176 } from './1795264994176-transfers-tias-reference-notifications.js';
import { ReviewsRemindersJobs1795271269390 } from './1795271269390-reviews-reminders-jobs.js';
import { ErasureRequestsNotices1795276418448 } from './1795276418448-erasure-requests-notices.js';
import { ErasureDeliveryLedger1795290394871 } from './1795290394871-erasure-delivery-ledger.js';
import { ReportsRecordsHistory1795299744157 } from './1795299744157-reports-records-history.js';
import { ApiTokenScopes1796686483652 } from './1796686483652-api-token-scopes.js';
import { SignInThrottle1796686597327 } from './1796686597327-sign-in-throttle.js';

/** Every migration, in order. Generated with `npm run db:generate`, reviewed, then listed here. */
export const MIGRATIONS: Function[] = [InitialSchema1795256418748, ProcessorRegisterChainsAgreements1795260285294, TransfersTiasReferenceNotifications1795264994176, ReviewsRemindersJobs1795271269390, ErasureRequestsNotices1795276418448, ErasureDeliveryLedger1795290394871, ReportsRecordsHistory1795299744157, ApiTokenScopes1796686483652, SignInThrottle1796686597327];
