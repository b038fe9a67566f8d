import { useTranslate } from 'react-admin';
import { Chip, type ChipProps } from '@mui/material';

type ChipColor = NonNullable<ChipProps['color']>;

/** Green, amber, red: the worst finding of the processor and its whole chain. */
export const PROCESSOR_STATUS_COLOR: Record<string, ChipColor> = {
  COMPLIANT: 'success',
  AT_RISK: 'warning',
  NON_COMPLIANT: 'error',
};

export const AGREEMENT_STATUS_COLOR: Record<string, ChipColor> = {
  DRAFT: 'default',
  COMPLETE: 'success',
  INCOMPLETE: 'warning',
  EXPIRED: 'error',
  TERMINATED: 'default',
};

export const ASSESSMENT_COLOR: Record<string, ChipColor> = {
  PRESENT: 'success',
  PARTIAL: 'warning',
  MISSING: 'error',
  NOT_ASSESSED: 'default',
};

/** A transfer: inside the EEA it is not a transfer at all (grey); otherwise the worst finding. */
export const TRANSFER_STATUS_COLOR: Record<string, ChipColor> = {
  NOT_A_TRANSFER: 'default',
  COMPLIANT: 'success',
  AT_RISK: 'warning',
  NON_COMPLIANT: 'error',
};

export const TIA_STATUS_COLOR: Record<string, ChipColor> = {
  DRAFT: 'default',
  SUBMITTED: 'info',
  APPROVED: 'success',
  SENT_BACK: 'warning',
  SUPERSEDED: 'default',
};

export const SEVERITY_COLOR: Record<string, ChipColor> = {
  BLOCKER: 'error',
  WARNING: 'warning',
  INFO: 'info',
};

interface EnumChipProps {
  /** The enum group under tilsyn.enums (processorStatus, agreementStatus …). */
  group: string;
  value: string | null | undefined;
  colors: Record<string, ChipColor>;
  testId?: string;
  variant?: ChipProps['variant'];
  size?: ChipProps['size'];
  title?: string;
  /** Let a long label wrap onto more lines (findings in narrow table cells). */
  wrap?: boolean;
}

const WRAPPING = { height: 'auto', maxWidth: 240, '& .MuiChip-label': { whiteSpace: 'normal', py: 0.25 } } as const;

/** A translated enum value as a coloured chip; `data-value` carries the code for tests and styling. */
export const EnumChip = ({ group, value, colors, testId, variant, size = 'small', title, wrap = false }: EnumChipProps) => {
  const translate = useTranslate();
  if (!value) return null;
  return (
    <Chip
      size={size}
      color={colors[value] ?? 'default'}
      variant={variant ?? (colors[value] && colors[value] !== 'default' ? 'filled' : 'outlined')}
      label={translate(`tilsyn.enums.${group}.${value}`, { _: value })}
      title={title}
      sx={wrap ? WRAPPING : undefined}
      data-testid={testId}
      data-value={value}
    />
  );
};

export const ProcessorStatusChip = ({ status, testId, size }: { status?: string | null; testId?: string; size?: ChipProps['size'] }) => (
  <EnumChip group="processorStatus" value={status} colors={PROCESSOR_STATUS_COLOR} testId={testId} size={size} />
);

export const AgreementStatusChip = ({ status, testId, size }: { status?: string | null; testId?: string; size?: ChipProps['size'] }) => (
  <EnumChip group="agreementStatus" value={status} colors={AGREEMENT_STATUS_COLOR} testId={testId} size={size} />
);

export const AssessmentChip = ({ assessment, testId }: { assessment?: string | null; testId?: string }) => (
  <EnumChip group="clauseAssessment" value={assessment} colors={ASSESSMENT_COLOR} testId={testId} />
);

export const SeverityChip = ({ severity }: { severity?: string | null }) => (
  <EnumChip group="severity" value={severity} colors={SEVERITY_COLOR} variant="outlined" />
);

/** `data-status` carries the code (e2e tests read it); `data-value` too, as every EnumChip. */
export const TransferStatusChip = ({ status, testId, size }: { status?: string | null; testId?: string; size?: ChipProps['size'] }) =>
  status ? (
    <span data-testid={testId} data-status={status} style={{ display: 'inline-flex' }}>
      <EnumChip group="transferStatus" value={status} colors={TRANSFER_STATUS_COLOR} size={size} />
    </span>
  ) : null;

export const TiaStatusChip = ({ status, testId, size }: { status?: string | null; testId?: string; size?: ChipProps['size'] }) =>
  status ? (
    <span data-testid={testId} data-status={status} style={{ display: 'inline-flex' }}>
      <EnumChip group="tiaStatus" value={status} colors={TIA_STATUS_COLOR} size={size} />
    </span>
  ) : null;

/** Issue 5: reviews, due dates, risk levels and reminder delivery. */
export const REVIEW_STATUS_COLOR: Record<string, ChipColor> = {
  OPEN: 'default',
  IN_PROGRESS: 'info',
  SUBMITTED: 'primary',
  SENT_BACK: 'warning',
  APPROVED: 'success',
  APPROVED_WITH_ACTIONS: 'success',
  REJECTED: 'error',
};

export const REVIEW_OUTCOME_COLOR: Record<string, ChipColor> = {
  APPROVED: 'success',
  APPROVED_WITH_ACTIONS: 'warning',
  REJECTED: 'error',
};

export const DUE_STATE_COLOR: Record<string, ChipColor> = {
  SCHEDULED: 'default',
  DUE_SOON: 'warning',
  OVERDUE: 'error',
};

export const RISK_LEVEL_COLOR: Record<string, ChipColor> = {
  LOW: 'success',
  MEDIUM: 'info',
  HIGH: 'warning',
  CRITICAL: 'error',
};

/** FAILED needs attention; RETRYING is on its way again; CANCELLED (review completed first) is grey. */
export const REMINDER_STATUS_COLOR: Record<string, ChipColor> = {
  PENDING: 'default',
  SENDING: 'info',
  SENT: 'success',
  RETRYING: 'warning',
  FAILED: 'error',
  CANCELLED: 'default',
};

export const REVIEW_FINDING_SEVERITY_COLOR: Record<string, ChipColor> = {
  LOW: 'info',
  MEDIUM: 'warning',
  HIGH: 'error',
};

type SmallChipProps = { testId?: string; size?: ChipProps['size'] };

export const ReviewStatusChip = ({ status, testId, size }: { status?: string | null } & SmallChipProps) => (
  <EnumChip group="reviewStatus" value={status} colors={REVIEW_STATUS_COLOR} testId={testId} size={size} />
);

export const ReviewOutcomeChip = ({ outcome, testId, size }: { outcome?: string | null } & SmallChipProps) => (
  <EnumChip group="reviewOutcome" value={outcome} colors={REVIEW_OUTCOME_COLOR} testId={testId} size={size} />
);

export const DueStateChip = ({ state, testId, size }: { state?: string | null } & SmallChipProps) => (
  <EnumChip group="dueState" value={state} colors={DUE_STATE_COLOR} testId={testId} size={size} />
);

export const RiskLevelChip = ({ level, testId, size, variant }: { level?: string | null; variant?: ChipProps['variant'] } & SmallChipProps) => (
  <EnumChip group="riskLevel" value={level} colors={RISK_LEVEL_COLOR} testId={testId} size={size} variant={variant} />
);

export const ReminderStatusChip = ({ status, testId, size }: { status?: string | null } & SmallChipProps) => (
  <EnumChip group="reminderStatus" value={status} colors={REMINDER_STATUS_COLOR} testId={testId} size={size} />
);

/**
 * Issue 6: erasure. A request awaiting a decision is blue like a submitted review; approved is
 * under way (notices out, answers awaited), completed is green; a lawful refusal (Art. 17(3)) is
 * amber, not an error.
 */
export const ERASURE_REQUEST_STATUS_COLOR: Record<string, ChipColor> = {
  RECEIVED: 'primary',
  APPROVED: 'info',
  PARTLY_APPROVED: 'info',
  COMPLETED: 'success',
  REFUSED: 'warning',
  WITHDRAWN: 'default',
};

/**
 * A notice: sent is never done (blue, awaiting the answer); only an answer is green. A refusal by
 * the recipient and a bounce to the fallback contact need a look (amber); FAILED needs action
 * (red); an Art. 19 exception or a cancellation is settled with a reason (grey).
 */
export const ERASURE_NOTICE_STATUS_COLOR: Record<string, ChipColor> = {
  QUEUED: 'default',
  SENDING: 'info',
  SENT: 'primary',
  CONFIRMED: 'success',
  NO_DATA: 'success',
  REFUSED: 'warning',
  BOUNCED: 'warning',
  FAILED: 'error',
  EXCEPTION: 'default',
  CANCELLED: 'default',
};

/** A message's own delivery, as a reminder's. */
export const ERASURE_DISPATCH_STATUS_COLOR: Record<string, ChipColor> = {
  PENDING: 'default',
  SENDING: 'info',
  RETRYING: 'warning',
  SENT: 'success',
  FAILED: 'error',
};

export const ErasureRequestStatusChip = ({ status, testId, size }: { status?: string | null } & SmallChipProps) => (
  <EnumChip group="erasureRequestStatus" value={status} colors={ERASURE_REQUEST_STATUS_COLOR} testId={testId} size={size} />
);

export const ErasureNoticeStatusChip = ({ status, testId, size }: { status?: string | null } & SmallChipProps) => (
  <EnumChip group="erasureNoticeStatus" value={status} colors={ERASURE_NOTICE_STATUS_COLOR} testId={testId} size={size} />
);

export const ErasureDispatchStatusChip = ({ status, testId, size }: { status?: string | null } & SmallChipProps) => (
  <EnumChip group="erasureDispatchStatus" value={status} colors={ERASURE_DISPATCH_STATUS_COLOR} testId={testId} size={size} />
);
