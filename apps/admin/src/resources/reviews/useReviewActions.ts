import { useCanAccess, useGetIdentity } from 'react-admin';
import type { ReviewRecord } from '../../graphql/types';
import { reviewActions, type ReviewActionSet } from './review-rules';

/** What the signed-in user may do with this review (state, role, four eyes); null while that is being found out. */
export function useReviewActions(record: ReviewRecord | undefined): ReviewActionSet | null {
  const { identity, isPending } = useGetIdentity();
  const { canAccess: canWrite, isPending: p1 } = useCanAccess({ resource: 'Review', action: 'edit' });
  const { canAccess: canApprove, isPending: p2 } = useCanAccess({ resource: 'Review', action: 'approve' });
  if (!record || isPending || p1 || p2) return null;
  return reviewActions({
    status: record.status,
    authorIds: record.authorIds ?? [],
    userId: identity?.id != null ? String(identity.id) : null,
    canWrite: !!canWrite,
    canApprove: !!canApprove,
  });
}
