import { AgreementClauseEntity, AgreementDocumentEntity, AgreementEntity } from '../modules/agreements/agreement.entity.js';
import { ApiTokenEntity } from '../modules/api-tokens/api-token.entity.js';
import { AuditEventDetailEntity, AuditEventEntity } from '../modules/audit/audit-event.entity.js';
import { SetupTokenEntity } from '../modules/auth/setup-token.entity.js';
import { SignInThrottleEntity } from '../modules/auth/sign-in-throttle.entity.js';
import { ProcessorEntity } from '../modules/processors/processor.entity.js';
import { ProcessingLocationEntity } from '../modules/processors/processing-location.entity.js';
import { SubprocessorLinkEntity } from '../modules/subprocessors/subprocessor-link.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { AdequacyDecisionEntity, CountryEntity, OrganisationSettingsEntity } from '../modules/reference/reference.entities.js';
import { TiaEntity, TiaTransferEntity, TransferDocumentEntity, TransferEntity } from '../modules/transfers/transfer.entities.js';
import { ErasureDispatchEntity, ErasureDispatchNoticeEntity, ErasureLedgerEntity, ErasureNoticeEntity, ErasureRequestEntity } from '../modules/erasure/erasure.entities.js';
import { ReminderEntity, ReviewDocumentEntity, ReviewEntity, SinkMailEntity, SupervisionCadenceEntity, TestClockEntity } from '../modules/reviews/review.entities.js';
import { ClientEngagementEntity, ProcessingActivityEntity, RetentionRuleEntity } from '../modules/records/records.entities.js';
import { RegisterHistoryEntity, ReportRunEntity } from '../modules/reports/reports.entities.js';
import { NotificationEntity } from '../modules/notifications/notification.entity.js';

export const ENTITIES = [ProcessorEntity, ProcessingLocationEntity, SubprocessorLinkEntity, AgreementEntity, AgreementClauseEntity, AgreementDocumentEntity, UserEntity, ApiTokenEntity, SetupTokenEntity, AuditEventEntity, AuditEventDetailEntity, CountryEntity, AdequacyDecisionEntity, OrganisationSettingsEntity, TransferEntity, TransferDocumentEntity, TiaEntity, TiaTransferEntity, NotificationEntity, ReviewEntity, ReviewDocumentEntity, ReminderEntity, SupervisionCadenceEntity, SinkMailEntity, TestClockEntity, ErasureRequestEntity, ErasureNoticeEntity, ErasureDispatchEntity, ErasureDispatchNoticeEntity, ErasureLedgerEntity, ProcessingActivityEntity, RetentionRuleEntity, ClientEngagementEntity, RegisterHistoryEntity, ReportRunEntity, SignInThrottleEntity];
