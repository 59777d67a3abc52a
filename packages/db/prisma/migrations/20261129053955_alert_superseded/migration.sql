-- AlterTable
ALTER TABLE "alerts" ADD COLUMN     "superseded_at" TIMESTAMPTZ(3);
