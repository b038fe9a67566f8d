import { Column } from 'typeorm';

/**
 * The columns every stored evidence file has (a signed DPA, a transfer's or a review's evidence):
 * PDF or DOCX checked by content, kept in PostgreSQL with its size and SHA-256.
 */
export abstract class StoredDocumentColumns {
  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'varchar', length: 100 })
  contentType: string;

  @Column({ type: 'int' })
  sizeBytes: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Column({ type: 'uuid', nullable: true })
  uploadedById: string | null;

  @Column({ type: 'timestamptz' })
  uploadedAt: Date;
}
