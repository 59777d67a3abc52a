-- CreateIndex
CREATE INDEX "alerts_standing_idx" ON "alerts"("codebook_id", "event_time" DESC, "id" DESC) WHERE (superseded_at IS NULL);

-- CreateIndex
CREATE INDEX "position_buckets_codebook_id_actor_key_granularity_bucket_s_idx" ON "position_buckets"("codebook_id", "actor_key", "granularity", "bucket_start");
