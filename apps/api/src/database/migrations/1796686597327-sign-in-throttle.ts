import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SignInThrottle1796686597327 implements MigrationInterface {
  name = 'SignInThrottle1796686597327';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"sign_in_throttle\" (\"client_key\" text NOT NULL, \"window_started_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"failures\" integer NOT NULL, CONSTRAINT \"sign_in_throttle_pkey\" PRIMARY KEY (\"client_key\"))");
    await queryRunner.query('CREATE INDEX "sign_in_throttle_window_idx" ON "sign_in_throttle" ("window_started_at")');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE \"sign_in_throttle\"");
  }
}
