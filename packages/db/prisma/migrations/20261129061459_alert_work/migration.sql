-- CreateTable
CREATE TABLE "alert_work" (
    "codebook_id" UUID NOT NULL,
    "actor_key" TEXT NOT NULL,
    "topic_key" TEXT NOT NULL,
    "from_time" TIMESTAMPTZ(3) NOT NULL,
    "to_time" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "queued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lease_until" TIMESTAMPTZ(3),

    CONSTRAINT "alert_work_pkey" PRIMARY KEY ("codebook_id","actor_key","topic_key")
);

-- CreateIndex
CREATE INDEX "alert_work_queued_at_idx" ON "alert_work"("queued_at");
