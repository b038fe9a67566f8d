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
