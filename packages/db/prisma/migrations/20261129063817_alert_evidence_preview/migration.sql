-- AlterTable
ALTER TABLE "alerts" ADD COLUMN     "evidence_count" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "evidence_preview" JSONB;
