import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API tokens get a scope instead of a role, and an expiry (security finding: a token acted as a
 * full role and never expired). Existing tokens: ADMIN, VENDOR_MANAGER and REVIEWER tokens were
 * made for the case system and become ERASURE_FILING; AUDITOR tokens become READ_ONLY. Each
 * expires 365 days (8760 hours, TOKEN_MAX_LIFETIME_DAYS) after it was created, so a token older
 * than that stops working now. The CHECKs are generated from the entity (TOKEN_SCOPES).
 */
export class ApiTokenScopes1796686483652 implements MigrationInterface {
  name = 'ApiTokenScopes1796686483652';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"api_token\" ADD \"scope\" text");
    await queryRunner.query("ALTER TABLE \"api_token\" ADD \"expires_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query(
      "UPDATE \"api_token\" SET \"scope\" = CASE \"role\" WHEN 'AUDITOR' THEN 'READ_ONLY' ELSE 'ERASURE_FILING' END, \"expires_at\" = \"created_at\" + interval '8760 hours'",
    );
    await queryRunner.query("ALTER TABLE \"api_token\" ALTER COLUMN \"scope\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"api_token\" ALTER COLUMN \"expires_at\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"api_token\" DROP CONSTRAINT \"api_token_role_check\"");
    await queryRunner.query("ALTER TABLE \"api_token\" DROP COLUMN \"role\"");
    await queryRunner.query("ALTER TABLE \"api_token\" ADD CONSTRAINT \"api_token_expires_at_check\" CHECK (\"expires_at\" > \"created_at\" AND \"expires_at\" <= \"created_at\" + interval '8760 hours')");
    await queryRunner.query("ALTER TABLE \"api_token\" ADD CONSTRAINT \"api_token_scope_check\" CHECK (\"scope\" IN ('ERASURE_FILING', 'READ_ONLY'))");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"api_token\" DROP CONSTRAINT \"api_token_scope_check\"");
    await queryRunner.query("ALTER TABLE \"api_token\" DROP CONSTRAINT \"api_token_expires_at_check\"");
    // Back to roles: READ_ONLY → AUDITOR; ERASURE_FILING → VENDOR_MANAGER, the role that files without seeing identifiers.
    await queryRunner.query("ALTER TABLE \"api_token\" ADD \"role\" text");
    await queryRunner.query("UPDATE \"api_token\" SET \"role\" = CASE \"scope\" WHEN 'READ_ONLY' THEN 'AUDITOR' ELSE 'VENDOR_MANAGER' END");
    await queryRunner.query("ALTER TABLE \"api_token\" ALTER COLUMN \"role\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"api_token\" DROP COLUMN \"expires_at\"");
    await queryRunner.query("ALTER TABLE \"api_token\" DROP COLUMN \"scope\"");
    await queryRunner.query("ALTER TABLE \"api_token\" ADD CONSTRAINT \"api_token_role_check\" CHECK (\"role\" IN ('ADMIN', 'VENDOR_MANAGER', 'REVIEWER', 'AUDITOR'))");
  }
}
