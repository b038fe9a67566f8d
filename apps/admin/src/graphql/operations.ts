import { parse } from 'graphql';

/**
 * Hand-written documents for everything outside the CRUD grammar: sign-in, the current user and
 * the domain actions called as custom dataProvider methods. operations.spec.ts validates each
 * against the static schema, so a renamed field fails a unit test instead of a user.
 */

const CURRENT_USER_FIELDS = 'id email name role mustChangePassword';
const USER_FIELDS = 'id email name role active lockedUntil lastSignInAt mustChangePassword createdAt version';
const API_TOKEN_FIELDS = 'id name role createdAt lastUsedAt revokedAt tokenPrefix';

export const ME = parse(`query Me { me { ${CURRENT_USER_FIELDS} } }`);

export const LOGIN = parse(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) { ${CURRENT_USER_FIELDS} }
  }
`);

export const LOGOUT = parse(`mutation Logout { logout }`);

export const SETUP_REQUIRED = parse(`query SetupRequired { setupRequired }`);

export const COMPLETE_SETUP = parse(`
  mutation CompleteSetup($token: String!, $email: String!, $name: String!, $password: String!) {
    completeSetup(token: $token, email: $email, name: $name, password: $password) { ${CURRENT_USER_FIELDS} }
  }
`);

export const CHANGE_OWN_PASSWORD = parse(`
  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const DEACTIVATE_USER = parse(`mutation DeactivateUser($id: ID!) { deactivateUser(id: $id) { ${USER_FIELDS} } }`);
export const REACTIVATE_USER = parse(`mutation ReactivateUser($id: ID!) { reactivateUser(id: $id) { ${USER_FIELDS} } }`);
export const RESET_USER_PASSWORD = parse(`mutation ResetUserPassword($id: ID!) { resetUserPassword(id: $id) { temporaryPassword } }`);

export const CREATE_API_TOKEN = parse(`
  mutation CreateApiToken($name: String!, $role: Role!) {
    createApiToken(name: $name, role: $role) { token apiToken { ${API_TOKEN_FIELDS} } }
  }
`);
export const REVOKE_API_TOKEN = parse(`mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { ${API_TOKEN_FIELDS} } }`);

export const VERIFY_AUDIT_TRAIL = parse(`
  query VerifyAuditTrail { verifyAuditTrail { ok checkedEvents firstBrokenSeq firstBrokenId reason } }
`);

export const ALL_OPERATIONS = {
  ME,
  LOGIN,
  LOGOUT,
  SETUP_REQUIRED,
  COMPLETE_SETUP,
  CHANGE_OWN_PASSWORD,
  DEACTIVATE_USER,
  REACTIVATE_USER,
  RESET_USER_PASSWORD,
  CREATE_API_TOKEN,
  REVOKE_API_TOKEN,
  VERIFY_AUDIT_TRAIL,
};
