/**
 * The transfer list's filter form → TransferFilter. Two choices in the form have no field of their
 * own: "no tool" (`mechanism: NONE`, the API's `withoutMechanism`) and who exports
 * (`exporter: US | ONWARD`, the API's `exporterIsUs`).
 */
export const NO_MECHANISM = 'NONE';
export const EXPORTER_KINDS = ['US', 'ONWARD'] as const;

export function toTransferFilter(filter: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(filter ?? {}) };
  if (out.mechanism === NO_MECHANISM) {
    delete out.mechanism;
    out.withoutMechanism = true;
  }
  if ('exporter' in out) {
    const kind = out.exporter;
    delete out.exporter;
    if (kind === 'US') out.exporterIsUs = true;
    else if (kind === 'ONWARD') out.exporterIsUs = false;
  }
  for (const [key, value] of Object.entries(out)) if (value === '' || value === null) delete out[key];
  return out;
}
