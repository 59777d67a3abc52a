-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "author" TEXT,
ADD COLUMN     "near_dup_seq" BIGINT;

-- CreateIndex
CREATE INDEX "articles_near_dup_seq_idx" ON "articles"("near_dup_seq");
