-- AlterTable
ALTER TABLE "alerts" ADD COLUMN     "dispatched_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "alerts_codebook_id_event_time_idx" ON "alerts"("codebook_id", "event_time");

-- CreateIndex
CREATE INDEX "alerts_undispatched_idx" ON "alerts"("fired_at") WHERE (dispatched_at IS NULL);

-- CreateIndex
CREATE INDEX "observations_codebook_id_actor_key_topic_key_id_idx" ON "observations"("codebook_id", "actor_key", "topic_key", "id");

-- CreateIndex
CREATE INDEX "observations_codebook_id_topic_key_id_idx" ON "observations"("codebook_id", "topic_key", "id");
