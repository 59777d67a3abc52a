-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "stance" AS ENUM ('support', 'oppose', 'neutral');

-- CreateEnum
CREATE TYPE "granularity" AS ENUM ('day', 'week', 'month');

-- CreateTable
CREATE TABLE "articles" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "external_id" TEXT,
    "source" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "canonical_url" TEXT,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "published_at" TIMESTAMPTZ(3),
    "ingested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "content_hash" CHAR(64) NOT NULL,
    "near_dup_cluster_id" TEXT,
    "simhash" BIGINT,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_messages" (
    "id" BIGSERIAL NOT NULL,
    "subject" TEXT NOT NULL,
    "msg_id" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,

    CONSTRAINT "outbox_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "codebooks" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "content" JSONB NOT NULL,
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "codebooks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "codebook_actors" (
    "codebook_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "names" JSONB NOT NULL,
    "member_of" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "codebook_actors_pkey" PRIMARY KEY ("codebook_id","key")
);

-- CreateTable
CREATE TABLE "codebook_roles" (
    "id" BIGSERIAL NOT NULL,
    "codebook_id" UUID NOT NULL,
    "actor_key" TEXT NOT NULL,
    "title" JSONB NOT NULL,
    "valid_from" DATE,
    "valid_to" DATE,

    CONSTRAINT "codebook_roles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "codebook_topics" (
    "codebook_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "label" JSONB NOT NULL,
    "pro" JSONB NOT NULL,
    "anti" JSONB NOT NULL,
    "target_actor_key" TEXT,

    CONSTRAINT "codebook_topics_pkey" PRIMARY KEY ("codebook_id","key")
);

-- CreateTable
CREATE TABLE "article_extractions" (
    "article_id" UUID NOT NULL,
    "codebook_id" UUID NOT NULL,
    "extractor_version" TEXT NOT NULL,
    "statement_count" INTEGER NOT NULL,
    "extracted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_extractions_pkey" PRIMARY KEY ("article_id","codebook_id")
);

-- CreateTable
CREATE TABLE "observations" (
    "id" BIGSERIAL NOT NULL,
    "article_id" UUID NOT NULL,
    "codebook_id" UUID NOT NULL,
    "actor_key" TEXT NOT NULL,
    "topic_key" TEXT NOT NULL,
    "stance" "stance" NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "evidence" TEXT NOT NULL,
    "evidence_start" INTEGER NOT NULL,
    "evidence_end" INTEGER NOT NULL,
    "extractor_version" TEXT NOT NULL,
    "observed_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "observations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "position_buckets" (
    "codebook_id" UUID NOT NULL,
    "actor_key" TEXT NOT NULL,
    "topic_key" TEXT NOT NULL,
    "granularity" "granularity" NOT NULL,
    "bucket_start" DATE NOT NULL,
    "support_weight" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "oppose_weight" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "neutral_weight" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "support_count" INTEGER NOT NULL DEFAULT 0,
    "oppose_count" INTEGER NOT NULL DEFAULT 0,
    "neutral_count" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "position_buckets_pkey" PRIMARY KEY ("codebook_id","actor_key","topic_key","granularity","bucket_start")
);

-- CreateIndex
CREATE UNIQUE INDEX "articles_external_id_key" ON "articles"("external_id");

-- CreateIndex
CREATE UNIQUE INDEX "articles_canonical_url_key" ON "articles"("canonical_url");

-- CreateIndex
CREATE UNIQUE INDEX "articles_content_hash_key" ON "articles"("content_hash");

-- CreateIndex
CREATE INDEX "articles_near_dup_cluster_id_idx" ON "articles"("near_dup_cluster_id");

-- CreateIndex
CREATE INDEX "articles_published_at_idx" ON "articles"("published_at");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_messages_msg_id_key" ON "outbox_messages"("msg_id");

-- CreateIndex
CREATE INDEX "outbox_messages_unsent_idx" ON "outbox_messages"("id") WHERE (sent_at IS NULL);

-- CreateIndex
CREATE UNIQUE INDEX "codebooks_name_version_key" ON "codebooks"("name", "version");

-- CreateIndex
CREATE INDEX "codebook_roles_codebook_id_actor_key_idx" ON "codebook_roles"("codebook_id", "actor_key");

-- CreateIndex
CREATE INDEX "article_extractions_codebook_id_idx" ON "article_extractions"("codebook_id");

-- CreateIndex
CREATE INDEX "observations_actor_key_topic_key_observed_at_idx" ON "observations"("actor_key", "topic_key", "observed_at");

-- CreateIndex
CREATE INDEX "observations_topic_key_observed_at_idx" ON "observations"("topic_key", "observed_at");

-- CreateIndex
CREATE INDEX "observations_codebook_id_idx" ON "observations"("codebook_id");

-- CreateIndex
CREATE UNIQUE INDEX "observations_article_id_codebook_id_actor_key_topic_key_sta_key" ON "observations"("article_id", "codebook_id", "actor_key", "topic_key", "stance");

-- CreateIndex
CREATE INDEX "position_buckets_codebook_id_topic_key_granularity_bucket_s_idx" ON "position_buckets"("codebook_id", "topic_key", "granularity", "bucket_start");

-- AddForeignKey
ALTER TABLE "codebook_actors" ADD CONSTRAINT "codebook_actors_codebook_id_fkey" FOREIGN KEY ("codebook_id") REFERENCES "codebooks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "codebook_roles" ADD CONSTRAINT "codebook_roles_codebook_id_actor_key_fkey" FOREIGN KEY ("codebook_id", "actor_key") REFERENCES "codebook_actors"("codebook_id", "key") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "codebook_topics" ADD CONSTRAINT "codebook_topics_codebook_id_fkey" FOREIGN KEY ("codebook_id") REFERENCES "codebooks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_extractions" ADD CONSTRAINT "article_extractions_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_extractions" ADD CONSTRAINT "article_extractions_codebook_id_fkey" FOREIGN KEY ("codebook_id") REFERENCES "codebooks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observations" ADD CONSTRAINT "observations_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observations" ADD CONSTRAINT "observations_codebook_id_fkey" FOREIGN KEY ("codebook_id") REFERENCES "codebooks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "position_buckets" ADD CONSTRAINT "position_buckets_codebook_id_fkey" FOREIGN KEY ("codebook_id") REFERENCES "codebooks"("id") ON DELETE CASCADE ON UPDATE CASCADE;
